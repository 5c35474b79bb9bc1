// Injected into the static floor page before it loads: reports the first contentful paint
// with console.debug, so the bench reads the page's timings only once the paint is done and
// injects nothing while the page loads.
new PerformanceObserver((list, observer) => {
  if (list.getEntriesByName('first-contentful-paint').length === 0) return;
  observer.disconnect();
  console.debug('loket-bench: first-contentful-paint');
}).observe({ type: 'paint', buffered: true });
