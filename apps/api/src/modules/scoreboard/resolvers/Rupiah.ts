// Integer Rupiah as a decimal string, exact beyond 2^53.
import { GraphQLScalarType, Kind } from 'graphql';

const DIGITS = /^\d{1,18}$/;

export const Rupiah = new GraphQLScalarType({
  name: 'Rupiah',
  description: 'Whole Rupiah as a string of decimal digits',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !DIGITS.test(value))
      throw new TypeError('Rupiah must be a string of up to 18 digits');
    return BigInt(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !DIGITS.test(ast.value))
      throw new TypeError('Rupiah must be a string of up to 18 digits');
    return BigInt(ast.value);
  },
});
