// The one way a form handles a save refused as stale (StaleRevision: the record was saved
// elsewhere after the form opened). The form's error path asks `guard.caught(e)`; when it was a
// stale save, <StaleSaveNotice> shows instead of an error, and the person chooses: save their
// input over the newer copy (the form's save runs again on the revision saved meanwhile), or
// drop it.
import { useState } from 'react';
import type { SealedRow } from '../db/database';
import { useOpenVault } from '../records/context';
import type { RecordTable } from '../records/tables';
import { currentRevision, isStaleRevision } from '../records/write';
import { StaleNotice } from './StaleNotice';

export interface StaleGuard {
  readonly stale: boolean;
  /** True when `e` was a stale save (the notice now shows); false for any other error. */
  caught(e: unknown): boolean;
  reset(): void;
  /** Saves over the newer copy: rebases the form on the current revision and saves on it. */
  keepMine(save: (baseRev: number) => Promise<void>): Promise<void>;
}

export function useStaleSave<C, R extends SealedRow>(
  table: RecordTable<C, R>,
  id: string | undefined,
  rebase: (rev: number) => void,
): StaleGuard {
  const { session } = useOpenVault();
  const [stale, setStale] = useState(false);
  return {
    stale,
    caught: (e) => {
      if (!isStaleRevision(e)) return false;
      setStale(true);
      return true;
    },
    reset: () => setStale(false),
    keepMine: async (save) => {
      if (!id) return;
      const rev = await currentRevision(session, table, id);
      rebase(rev);
      setStale(false);
      await save(rev);
    },
  };
}

export function StaleSaveNotice(props: {
  guard: StaleGuard;
  busy?: boolean;
  save(baseRev: number): Promise<void>;
  takeSaved(): void | Promise<void>;
}) {
  const { guard } = props;
  if (!guard.stale) return null;
  return (
    <StaleNotice
      busy={props.busy}
      onKeepMine={() => void guard.keepMine(props.save)}
      onTakeSaved={() => {
        guard.reset();
        void props.takeSaved();
      }}
    />
  );
}
