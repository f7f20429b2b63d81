// The hotline operator's desk, worked during the call: the caller's number comes first, and their
// earlier appeals appear as it is typed.
import { openAppealDesk } from './appeal-desk.js';

export const TITLE = 'operator.title';

export function open(main, context) {
  return openAppealDesk(main, {
    title: TITLE,
    path: 'intake/phone',
    draft: 'appeals.operator.draft',
    channel: 'operator-channel',
    fields: ['callerNumber'],
    aliases: { 'phoneCall.callerNumber': 'callerNumber' },
    takesVerdicts: true,
    phoneField: 'callerNumber',
  }, context);
}
