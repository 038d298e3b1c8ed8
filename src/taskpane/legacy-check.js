/*
 * Runs before the task pane's bundle, in ES3 syntax every engine parses. Where the pane cannot
 * run — Internet Explorer's engine (Trident), used by Office 2016 and 2019 on older Windows —
 * the bundle would not even parse and the pane would stay blank; this shows a plain Vietnamese
 * sentence instead. Served as its own file (the page's Content-Security-Policy allows no inline
 * script).
 */
(function () {
  var ua = (typeof navigator !== 'undefined' && navigator.userAgent) || '';
  if (!/Trident\/|MSIE /.test(ua)) return;
  var root = document.getElementById('root');
  if (!root) return;
  root.innerHTML = '';
  var p = document.createElement('p');
  p.style.margin = '12px';
  p.style.fontFamily = 'Segoe UI, Arial, sans-serif';
  p.appendChild(document.createTextNode(
    'Phụ lục không chạy được trong phiên bản Excel này: Excel đang dùng trình duyệt Internet Explorer cũ để hiển thị ngăn tác vụ. ' +
    'Hãy dùng Excel mới hơn (Microsoft 365, Excel 2021 trở lên) hoặc Excel trên web; hoặc tạo tệp Excel bằng dòng lệnh phuluc rồi mở tệp đó.'
  ));
  root.appendChild(p);
  window.PHULUC_LEGACY = true;
})();
