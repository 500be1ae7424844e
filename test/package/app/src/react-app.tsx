// A React 19 application: attributes, a boolean, a number and a custom event, typed by lotse/jsx-react.
import './violations.js';
import type {} from 'lotse/jsx-react';
import 'lotse/offer-finder';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [selected, setSelected] = useState('');
  return (
    <main>
      <p id="selected">{selected}</p>
      <lotse-offer-finder
        src="/feed.json"
        topics=""
        cache="memory"
        page-size={5}
        no-url-sync
        onlotse-offer-select={(event) => setSelected(event.detail.key)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
