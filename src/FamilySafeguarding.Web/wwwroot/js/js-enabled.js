// Marks the page as having JavaScript (and GOV.UK Frontend support) before it is first painted.
// Load it with a plain <script src="/js/js-enabled.js"></script> as the first child of <body>:
// the Content-Security-Policy forbids the inline snippet from the GOV.UK page template.
document.body.className +=
  ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
