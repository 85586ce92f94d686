import { GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../../seed/model/dates.js';
import { badUserInputError } from '../errors.js';

function parsePartialDate(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw badUserInputError(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(value)}`);
  }
  return value;
}

/** `PartialDate`: a year, a month or a day, validated on the way in. */
export const PartialDateScalar = new GraphQLScalarType({
  name: 'PartialDate',
  serialize: (value) => value,
  parseValue: parsePartialDate,
  parseLiteral: (ast) => parsePartialDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
