/**
 * Prettier for `npm run lint` (prettier --check) and `npm run format` (prettier --write): the Office
 * add-in templates' shared settings (office-addin-prettier-config: printWidth 100, trailing commas),
 * widened to this project's style — single quotes, long lines (180 changes the fewest lines of the
 * code as written), trailing commas wherever TypeScript allows them.
 */
module.exports = {
  ...require('office-addin-prettier-config'),
  printWidth: 180,
  singleQuote: true,
  trailingComma: 'all',
};
