export declare const TEAM_SERVER_BIN: string;
export declare function freePort(): Promise<number>;
export interface TeamServer {
  url: string;
  dir: string;
  /** SIGKILL, as a crash or a power cut. */
  kill(): Promise<void>;
  /** The same port and data again. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}
export declare function startTeamServer(opts: { dir: string; port?: number; origins?: string[] }): Promise<TeamServer>;
/** The team's database and one server account per member, as the ward IT makes them. */
export declare function createTeamDatabase(
  server: TeamServer,
  db: string,
  users: readonly { name: string; password: string }[],
): Promise<void>;
