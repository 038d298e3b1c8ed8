/* Builds the add-in pages (task pane, ribbon commands) into dist/. `npm run build` needs no
 * certificate; only `npm run dev-server` asks office-addin-dev-certs for an https one. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { manifestFor, normaliseAddinUrl } = require('./scripts/manifest-url');

const DEV_PORT = 3000;
/** Runs after ts-loader: \p{…} and the s flag in regular expressions, rewritten for ES2017 engines. */
const REGEX_LOADER = { loader: path.resolve(__dirname, 'scripts/regex-es2017-loader.js') };

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  // dist/manifest.xml: the manifest an office installs, pointing at where it hosts dist/
  // (PHULUC_ADDIN_URL, https). Without it the copy keeps the development address.
  let addinUrl = null;
  if (process.env.PHULUC_ADDIN_URL) {
    const r = normaliseAddinUrl(process.env.PHULUC_ADDIN_URL);
    if (!r.ok) {
      console.error(r.message);
      process.exit(2);
    }
    addinUrl = r.url;
  } else if (!dev && !env.WEBPACK_SERVE) {
    console.error('Lưu ý: chưa đặt PHULUC_ADDIN_URL, dist/manifest.xml vẫn trỏ tới https://localhost:3000/ (chỉ dùng để thử trên máy này).');
  }
  const config = {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    // The webviews of Office 2016/2019 (EdgeHTML, older WKWebView) parse ES2017 and no later:
    // webpack's own runtime, our code AND the dependencies are brought down to it
    // (scripts/es2017-check.js parses the built files with acorn set to ES2017).
    target: ['web', 'es2017'],
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            REGEX_LOADER,
            { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', target: 'es2017', sourceMap: dev } } },
          ],
        },
        {
          // Dependencies ship ES2018–ES2022 syntax (object spread, ?., ??, class fields …).
          test: /\.m?js$/,
          include: /node_modules/,
          resolve: { fullySpecified: false },
          use: [
            REGEX_LOADER,
            {
              loader: 'ts-loader',
              options: {
                transpileOnly: true,
                compilerOptions: { allowJs: true, checkJs: false, module: 'es2020', target: 'es2017', sourceMap: false, isolatedModules: false },
              },
            },
          ],
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'src/taskpane/legacy-check.js', to: 'legacy-check.js' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (addinUrl ? manifestFor(content.toString(), addinUrl) : content) },
        ],
      }),
    ],
    performance: { hints: false },
  };
  if (env.WEBPACK_SERVE) {
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};
