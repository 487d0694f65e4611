/** The playground page's entry point (demo/index.html). */
import { CDN_RELEASE } from './cdn-release.js';
import { startPlayground } from './playground.js';

await startPlayground({
  initialSearch: location.search,
  replaceSearch: (search) => history.replaceState(null, '', `${location.pathname}${search}`),
  release: CDN_RELEASE,
});
