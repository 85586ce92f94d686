/** Shared helpers of the generator: one random stream per (cluster, collection), names, dates and text. */
import type { Collection } from '../../seed/model/schema.js';
import { createRandom, type Random } from './prng.js';
import { pickQuote } from './synthetic-article.js';
import { idOf, pickRef, type Kind } from './references.js';
import * as words from './vocabulary.js';
import type { YamlValue } from './yaml-writer.js';

/** One entry of a data file, before it is written as YAML. */
export type Entry = { [key: string]: YamlValue };

/** Where one cluster sits in the dataset, and the seed of the whole dataset. */
export interface ClusterContext {
  seed: number;
  cluster: number;
  clusters: number;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);

/** A day in 2024–2026; one in ten only to the month, as sources often give. */
export function date(random: Random): string {
  const day = new Date(FIRST_DAY + random.int(900) * DAY_MS).toISOString().slice(0, 10);
  return random.chance(0.1) ? day.slice(0, 7) : day;
}

export function sentence(random: Random, length: number): string {
  const text = Array.from({ length }, () => random.pick(words.TEXT_WORDS)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function properName(random: Random): string {
  const word = random.pick(words.SYLLABLES) + random.pick(words.SYLLABLES);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Builds the rows of one collection of one cluster from its own random stream. */
export function builder(context: ClusterContext, collection: Collection) {
  const { seed, cluster, clusters } = context;
  const random = createRandom(seed, `${cluster}:${collection}`);
  const ref = (kind: Kind) => pickRef(random, kind, cluster, clusters);
  // One quote in four has a second, corroborating one: the curated 1.3 quotes per fact.
  const evidence = (): Entry[] =>
    Array.from({ length: random.chance(0.26) ? 2 : 1 }, () => ({
      source: ref('source'),
      quote: pickQuote(random),
    }));
  return { random, ref, evidence, id: (kind: Kind, index: number) => idOf(kind, cluster, index) };
}

/** `count` entries made by `make`. */
export function times<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

/** The random stream and reference helpers of one collection of one cluster. */
export type Builder = ReturnType<typeof builder>;
