// The team replication's fetch: the platform's (through main on the desktop).
import { platform } from '../platform';
import type { TeamFetch } from '../platform/teamFetch';

export const teamFetch = (): TeamFetch => platform.teamFetch;
