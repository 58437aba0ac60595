// Initialises GOV.UK Frontend and MOJ Frontend components (elements with data-module="govuk-..."
// or data-module="moj-..."). Load with <script type="module" src="/js/app.mjs"></script> at the
// end of <body>. Both libraries are ES modules copied to /lib/ by build/Frontend.targets.
// Components only start when js-enabled.js has added `govuk-frontend-supported` to <body>.
import { initAll as initGovukFrontend } from '/lib/govuk-frontend/govuk-frontend.min.js';
import { initAll as initMojFrontend } from '/lib/moj-frontend/moj-frontend.min.js';

initGovukFrontend();
initMojFrontend();
