/**
 * @file Renderer entry: mounts the app shell behind the session gate (sign-in, lock, password change).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SessionGate } from './session/SessionGate';
import { installRussianValidity } from './components/fields/russian-validity';
import './styles.css';

installRussianValidity();

const root = document.getElementById('root');
if (!root) throw new Error('#root not found');
createRoot(root).render(
  <StrictMode>
    <SessionGate>
      <App />
    </SessionGate>
  </StrictMode>,
);
