// The reception desk, with a visitor in front of it: the desk's reception point (kept for this
// account in this browser, since a desk does not move) and the visitor's ticket; the visitor's
// earlier appeals appear as their phone is typed; a slip is printed in the citizen's language.
import { api } from './api.js';
import { openAppealDesk } from './appeal-desk.js';
import * as i18n from './i18n.js';
import * as slip from './slip.js';

export const TITLE = 'reception.title';
const POINT = 'appeals.reception.point';

export function open(main, context) {
  const pointKey = `${POINT}.${context.account.username}`;
  let points = [];
  return openAppealDesk(main, {
    title: TITLE,
    path: 'intake/reception',
    draft: 'appeals.reception.draft',
    channel: 'reception-channel',
    fields: ['ticketNumber', 'receptionPoint'],
    aliases: { 'receptionVisit.receptionPoint': 'receptionPoint', 'receptionVisit.ticketNumber': 'ticketNumber' },
    takesVerdicts: true,
    phoneField: 'applicant.phone',
    async prepare(form) {
      points = (await api.get('reference/reception-points')).body;
      const select = form.elements.receptionPoint;
      select.replaceChildren(...points.map((p) => new Option(i18n.nameIn(i18n.current(), p), p.code)));
      select.value = localStorage.getItem(pointKey) || points[0]?.code || '';
    },
    defaults(form) {
      const saved = localStorage.getItem(pointKey);
      if (saved && [...form.elements.receptionPoint.options].some((o) => o.value === saved)) {
        form.elements.receptionPoint.value = saved;
      }
    },
    changed(field) {
      if (field.name === 'receptionPoint') localStorage.setItem(pointKey, field.value);
    },
    registered(desk, receipt, filed) {
      const point = points.find((p) => p.code === filed.receptionPoint);
      slip.prepare(desk, receipt, filed, context.account, point);
    },
  }, context);
}
