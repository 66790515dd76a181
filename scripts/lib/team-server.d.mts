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
