// ?dir=rtl makes the page right-to-left; ?position= sets the launcher's corner.
const params = new URLSearchParams(location.search);
if (params.get("dir")) document.documentElement.dir = params.get("dir");
if (params.get("position")) document.querySelector("selfcare-widget").setAttribute("launcher-position", params.get("position"));
window.__shifts = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value;
}).observe({ type: "layout-shift", buffered: true });
