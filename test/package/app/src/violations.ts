// First import of every page: records CSP and Trusted Types violations and uncaught errors.
declare global {
  interface Window {
    __violations: string[];
    __errors: string[];
  }
}
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`), true);
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
export {};
