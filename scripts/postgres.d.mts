export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` */
  url: string;
  port: number;
  dir: string;
  /** Stops the server, keeping its data. */
  pause(): void;
  /** Starts it again after `pause()`, on the same port. */
  resume(): void;
  /** A hot standby (streaming replica) of this cluster on its own port; stopped with it. */
  startStandby(): Promise<{ url: string; port: number }>;
  /** Stops it and its standbys for good and removes its folder. */
  stop(): void;
}
/** Why no cluster can be started here (installing PostgreSQL first when root), or `undefined`. */
export function postgresUnavailable(): string | undefined;
export function startPostgres(): Promise<PostgresCluster>;
