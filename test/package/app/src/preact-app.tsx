/** @jsxImportSource preact */
// A Preact application, typed by lotse/jsx-preact.
import './violations.js';
import type {} from 'lotse/jsx-preact';
import 'lotse/offer-finder';
import { render } from 'preact';
import { useState } from 'preact/hooks';

function App() {
  const [selected, setSelected] = useState('');
  return (
    <main>
      <p id="selected">{selected}</p>
      <lotse-offer-finder
        src="/feed.json"
        topics=""
        page-size={5}
        no-url-sync
        onlotse-offer-select={(event) => setSelected(event.detail.key)}
      />
    </main>
  );
}

render(<App />, document.getElementById('root')!);
