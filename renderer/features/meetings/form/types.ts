import type { MeetingInput } from '../../../../shared/meetings/meeting';

/** What every section of the meeting form gets: the minutes, a patcher, and its problems. */
export interface SectionProps {
  m: MeetingInput;
  patch(p: Partial<MeetingInput>): void;
  /** The message to show beside the field at `path`, if it has a problem. */
  problem(path: string): string | undefined;
}
