/**
 * The manifest an office installs: manifest.xml with the development address
 * (https://localhost:3000/) replaced by the address where the office hosts the built add-in
 * (an internal web server, or the site the Microsoft 365 admin center deploys from). Microsoft's
 * add-in template does the same replacement at build time (urlDev → urlProd in its webpack config).
 *
 * Used by webpack.config.js: `PHULUC_ADDIN_URL=https://intranet.example.gov.vn/phuluc/ npm run build`
 * writes dist/manifest.xml pointing there. Office loads add-ins only over https (Office Add-ins
 * requirement), so any other scheme is refused.
 */
const DEV_URL = 'https://localhost:3000/';

/**
 * The base address as the manifest needs it: https, with a trailing slash.
 * @param {string} raw the address the user gave
 * @returns {{ ok: true, url: string } | { ok: false, message: string }} message in Vietnamese
 */
function normaliseAddinUrl(raw) {
  const text = String(raw || '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `PHULUC_ADDIN_URL "${text}" không phải địa chỉ web hợp lệ (ví dụ https://may-chu-noi-bo/phuluc/).` };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, message: `PHULUC_ADDIN_URL phải bắt đầu bằng https:// (Office chỉ nạp add-in qua https), không phải "${text}".` };
  }
  if (url.search || url.hash) return { ok: false, message: `PHULUC_ADDIN_URL không được có "?" hay "#": "${text}".` };
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { ok: true, url: href };
}

/**
 * manifest.xml text with every development address replaced by `base`.
 * @param {string} xml the manifest as written in the repository (addresses under DEV_URL)
 * @param {string} base a normalised base address (see normaliseAddinUrl)
 * @returns {string} the manifest for that address; AppDomain gets the origin of `base`
 */
function manifestFor(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .split(`<AppDomain>${DEV_URL.slice(0, -1)}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_URL)
    .join(base);
}

module.exports = { DEV_URL, normaliseAddinUrl, manifestFor };
