import type { GraphQLRequest } from '../operations.js';

/** What the bench hands the contenders' process, as JSON in its BENCH_CONTENDERS variable. */
export interface ContendersConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
  operations: { name: string; ours: GraphQLRequest }[];
}

/** The line the contenders' process prints once it listens, followed by JSON. */
export const READY_PREFIX = 'BENCH_CONTENDERS_READY ';
