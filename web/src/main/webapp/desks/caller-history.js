// The caller's earlier appeals, shown while the operator types the new one: the one part of the
// desk that re-renders as data arrives, so it is a Lit element (in the page's light DOM, styled by
// the console's sheet).
import { LitElement, html, nothing } from 'lit';
import * as i18n from './i18n.js';

export class CallerHistory extends LitElement {
  static properties = {
    appeals: { attribute: false },
  };

  constructor() {
    super();
    /** null: no number looked up yet; []: none found. */
    this.appeals = null;
  }

  createRenderRoot() {
    return this;
  }

  render() {
    if (this.appeals === null) return nothing;
    if (this.appeals.length === 0) {
      return html`<p class="hint" role="status">${i18n.t('desk.earlierNone')}</p>`;
    }
    return html`
      <section class="earlier" aria-labelledby="earlier-title">
        <h2 id="earlier-title">${i18n.t('desk.earlier')}</h2>
        <p class="warning" role="status">${i18n.t('desk.earlierCount', { count: i18n.number(this.appeals.length) })}</p>
        <table>
          <thead><tr>
            <th scope="col">${i18n.t('column.number')}</th>
            <th scope="col">${i18n.t('column.received')}</th>
            <th scope="col">${i18n.t('column.subject')}</th>
            <th scope="col">${i18n.t('column.status')}</th>
            <th scope="col">${i18n.t('column.due')}</th>
          </tr></thead>
          <tbody>${this.appeals.map((a) => html`<tr>
            <td class="number">${a.registrationNumber}</td>
            <td>${i18n.date(a.receivedAt)}</td>
            <td>${a.category?.name ?? ''}</td>
            <td>${i18n.t(`status.${a.status}`)}</td>
            <td>${i18n.date(a.dueAt)}</td>
          </tr>`)}</tbody>
        </table>
      </section>`;
  }
}

customElements.define('caller-history', CallerHistory);
