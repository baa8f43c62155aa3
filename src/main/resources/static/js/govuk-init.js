// Starts the GOV.UK Frontend components (header menu, service navigation, error summary focus).
import { initAll } from '../webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
