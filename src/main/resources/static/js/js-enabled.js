// Run at the start of <body> (GOV.UK template): marks the page as having JavaScript, so components
// style themselves for it. Kept in a file because the Content-Security-Policy forbids inline scripts.
document.body.className +=
  ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
