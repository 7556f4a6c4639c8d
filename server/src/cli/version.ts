// The product's version, shown by `pplint --version` and in SARIF.
export const VERSION = '0.1.0';
