/** The review page's entry: the language from `?lang=`, then the page (review-app.ts). */
import { mountReview, reviewLanguage } from './review-app.js';

const root = document.getElementById('review')!;
const language = reviewLanguage(new URLSearchParams(window.location.search).get('lang'));
document.title = `Übersetzung prüfen: ${language.name} – Quartier Widgets`;
root.querySelector('[data-page-loading]')?.remove();
void mountReview(root, language);
