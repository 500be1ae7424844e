// Records CSP and Trusted Types violations and uncaught errors for the end-to-end checks.
window.__violations = [];
window.__errors = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
  true,
);
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
