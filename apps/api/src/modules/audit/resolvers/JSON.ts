// Arbitrary JSON (the before/after images of the audit log); output only.
import { GraphQLScalarType } from 'graphql';

export const JSON = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSON is an output type');
  },
  parseLiteral: () => {
    throw new TypeError('JSON is an output type');
  },
});
