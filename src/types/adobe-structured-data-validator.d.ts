// @adobe/structured-data-validator ships no types; the tests use its Validator class.
declare module '@adobe/structured-data-validator' {
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(data: unknown): Promise<unknown[]>;
  }
}
