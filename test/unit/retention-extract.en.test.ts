// English retention phrasings, written for these tests, each with its normalised reading.
import { extractionTable } from '../helpers/retention-cases.js';

extractionTable('en', [
  {
    text: 'We keep payment card details for five (5) years from the date of payment.',
    expect: [['P5Y', 'exact', 'date of payment', null, 'payment card details']],
  },
  { text: 'We retain information for seven (7) years.', expect: [['P7Y', 'exact', null, null, 'information']] },
  { text: 'Personal data are stored for 5 years.', expect: [['P5Y', 'exact', null, null, 'Personal data']] },
  {
    text: 'Transaction records are retained for at least 5 years.',
    expect: [['P5Y', 'min', null, null, 'Transaction records']],
  },
  { text: 'Data shall be retained for no less than five (5) years.', expect: [['P5Y', 'min', null, null, 'Data']] },
  { text: 'Chat transcripts are kept for up to 90 days.', expect: [['P90D', 'max', null, null, 'Chat transcripts']] },
  {
    text: 'Call recordings are stored for no more than six (6) months.',
    expect: [['P6M', 'max', null, null, 'Call recordings']],
  },
  {
    text: 'Support tickets are retained for 30 calendar days after they are closed.',
    expect: [['P30D', 'exact', 'they are closed', null, 'Support tickets']],
  },
  {
    text: 'We store identity documents for 5 years after account closure.',
    expect: [['P5Y', 'exact', 'account closure', null, 'identity documents']],
  },
  {
    text: 'We retain marketing preferences until you withdraw your consent.',
    expect: [[null, null, null, 'you withdraw your consent', 'marketing preferences']],
  },
  {
    text: 'Your data are kept until consent is withdrawn.',
    expect: [[null, null, null, 'consent is withdrawn', 'Your data']],
  },
  {
    text: 'We keep personal data until the purposes of processing are achieved.',
    expect: [[null, null, null, 'purposes of processing are achieved', 'personal data']],
  },
  { text: 'We retain your data for as long as necessary.', expect: [[null, null, null, null, 'your data']] },
  {
    text: 'Account data are stored for the duration of the contract.',
    expect: [[null, null, null, undefined, 'Account data']],
  },
  {
    text: "We keep customer records for the entire period of the Operator's activity.",
    expect: [[null, null, null, undefined, 'customer records']],
  },
  {
    text: 'Payment data are kept for 5 years and chat logs for six (6) months.',
    expect: [
      ['P5Y', 'exact', null, null, 'Payment data'],
      ['P6M', 'exact', null, null, 'chat logs'],
    ],
  },
  {
    text: 'CCTV footage is stored for 30 days, and visitor logs for 1 year.',
    expect: [
      ['P30D', 'exact', null, null, 'CCTV footage'],
      ['P1Y', 'exact', null, null, 'visitor logs'],
    ],
  },
  {
    text: 'Web server logs are retained for twelve months.',
    expect: [['P12M', 'exact', null, null, 'Web server logs']],
  },
  {
    text: 'We store CVs of candidates for a period of one year.',
    expect: [['P1Y', 'exact', null, null, 'CVs of candidates']],
  },
  {
    text: 'Biometric templates are kept for a maximum of 24 hours.',
    expect: [['PT24H', 'max', null, null, 'Biometric templates']],
  },
  {
    text: 'Complaints are retained for three years following their resolution.',
    expect: [['P3Y', 'exact', 'their resolution', null, 'Complaints']],
  },
  { text: 'We will keep the recordings for two weeks.', expect: [['P2W', 'exact', null, null, 'the recordings']] },
  {
    text: 'KYC files are stored for ten (10) years from the end of the business relationship.',
    expect: [['P10Y', 'exact', 'end of the business relationship', null, 'KYC files']],
  },
  { text: 'Cookies are stored on your device for up to 13 months.', expect: [['P13M', 'max', null, null, 'Cookies']] },
  {
    text: 'The retention period for payment records is 5 years.',
    expect: [['P5Y', 'exact', null, null, 'payment records']],
  },
  {
    text: 'Newsletter subscriber data are kept for 2 years from the last e-mail opened.',
    expect: [['P2Y', 'exact', 'last e-mail opened', null, 'Newsletter subscriber data']],
  },
  {
    text: 'In any case, data shall be retained for no less than five (5) years, in accordance with the law.',
    expect: [['P5Y', 'min', null, null, 'data']],
  },
  {
    text: 'We retain device identifiers for 18 months.',
    expect: [['P18M', 'exact', null, null, 'device identifiers']],
  },
  {
    text: 'Loan application data are retained for at least five years, and for no longer than six years.',
    expect: [
      ['P5Y', 'min', null, null, 'Loan application data'],
      ['P6Y', 'max', null, null, undefined],
    ],
  },
  {
    text: 'Data are kept until the purposes of processing are achieved, but for no less than 5 years.',
    expect: [['P5Y', 'min', null, 'purposes of processing are achieved', 'Data']],
  },
  { text: 'Backups are kept for 35 days.', expect: [['P35D', 'exact', null, null, 'Backups']] },
  {
    text: 'We keep your e-mail address until you close your account.',
    expect: [[null, null, null, undefined, 'your e-mail address']],
  },
  {
    text: 'Records of consent are stored for 3 years after the consent is withdrawn.',
    expect: [['P3Y', 'exact', 'consent is withdrawn', null, 'Records of consent']],
  },
  {
    text: 'We retain transaction history for twenty-five years.',
    expect: [['P25Y', 'exact', null, null, 'transaction history']],
  },
  {
    text: 'Access logs are retained for 90 days; security incident logs for 1 year.',
    expect: [
      ['P90D', 'exact', null, null, 'Access logs'],
      ['P1Y', 'exact', null, null, 'security incident logs'],
    ],
  },
  { text: 'We will respond to your request within 30 days.', expect: [] },
  { text: 'The Service is not intended for children under 16 years of age.', expect: [] },
  { text: 'We store your data on secure servers in Kazakhstan.', expect: [] },
  { text: 'Approved by order No. 7 of 19.02.2024.', expect: [] },
  { text: 'You may withdraw consent at any time within 10 working days.', expect: [] },
  { text: 'We use secure data storage systems located outside the Republic of Kazakhstan.', expect: [] },
  { text: 'Consent is valid for 5 years.', expect: [] },
  {
    text: '| Data | Purpose | Retention period |\n|---|---|---|\n| Payment card details | Payments | 5 years from the date of payment |\n| E-mail address | Newsletters | Until consent is withdrawn |',
    expect: [
      ['P5Y', 'exact', 'date of payment', null, 'Payment card details'],
      [null, null, null, 'consent is withdrawn', 'E-mail address'],
    ],
  },
  {
    text: '| Purpose | Retention |\n|---|---|\n| Fraud prevention | 7 years |\n| Customer support | 6 months after the ticket is closed |',
    expect: [
      ['P7Y', 'exact', null, null, 'Fraud prevention'],
      ['P6M', 'exact', 'ticket is closed', null, 'Customer support'],
    ],
  },
  {
    text: '| Category | How long we keep it |\n|---|---|\n| Identity documents | At least 5 years |\n| Chat logs | Up to 1 year |',
    expect: [
      ['P5Y', 'min', null, null, 'Identity documents'],
      ['P1Y', 'max', null, null, 'Chat logs'],
    ],
  },
  {
    text: '| Data | Storage period |\n|---|---|\n| Phone number | three (3) years |',
    expect: [['P3Y', 'exact', null, null, 'Phone number']],
  },
  {
    text: '## Retention period\n\n5 years from the date of payment (consent)',
    expect: [['P5Y', 'exact', 'date of payment (consent)', null, null]],
  },
  {
    text: '## Storage period\n\nUntil the User withdraws consent to the processing of personal data',
    expect: [[null, null, null, 'User withdraws consent to the processing of personal data', null]],
  },
  {
    text: '## Retention\n\n- Payment data: 5 years\n- Marketing data: 2 years',
    expect: [
      ['P5Y', 'exact', null, null, 'Payment data'],
      ['P2Y', 'exact', null, null, 'Marketing data'],
    ],
  },
  {
    text: 'We retain personal data for the period required by applicable law.',
    expect: [[null, null, null, null, 'personal data']],
  },
  { text: 'Information is kept for a reasonable period.', expect: [[null, null, null, null, 'Information']] },
  { text: 'We will delete stored data within 30 days of your request.', expect: [] },
  { text: 'We will keep you informed for 30 days after any change.', expect: [] },
  {
    text: 'After your account is deleted, your profile data are kept for 90 days.',
    expect: [['P90D', 'exact', 'your account is deleted', null, 'your profile data']],
  },
  { text: 'You may object until the decision is made, and we store your objection securely.', expect: [] },
  {
    text: 'Your data are stored until the end of the calendar year in which the contract ends.',
    expect: [[null, null, null, 'end of the calendar year in which the contract ends', 'Your data']],
  },
  // Criteria, deadlines, ends and unlimited terms, as real drafts write them.
  {
    text: 'Retention periods follow from the purposes of processing and the requirements of the law.',
    expect: [[null, null, null, undefined, undefined]],
  },
  {
    text: 'We keep your profile data while your account is open.',
    expect: [[null, null, null, 'while your account is open', 'your profile data']],
  },
  {
    text: 'We retain KYC records as long as necessary to meet our legal obligations.',
    expect: [[null, null, null, undefined, 'KYC records']],
  },
  {
    text: 'Chat transcripts are kept as long as we need them to resolve your complaint.',
    expect: [[null, null, null, undefined, 'Chat transcripts']],
  },
  { text: 'Server logs are deleted after 90 days.', expect: [['P90D', 'exact', null, null, 'Server logs']] },
  { text: 'Backup copies are purged after one year.', expect: [['P1Y', 'exact', null, null, 'Backup copies']] },
  {
    text: 'Upon closure of your account, we delete your data within 30 days.',
    expect: [['P30D', 'max', 'closure of your account', null, 'your data']],
  },
  {
    text: 'Card tokens are deleted once the payment is completed.',
    expect: [[null, null, null, 'payment is completed', 'Card tokens']],
  },
  {
    text: 'Messages from the contact form are deleted once your request has been answered.',
    expect: [[null, null, null, 'your request has been answered', 'Messages from the contact form']],
  },
  { text: 'Your data are deleted once your deletion request has been processed.', expect: [] },
  {
    text: 'After your loan is repaid, the application file is erased.',
    expect: [[null, null, null, 'your loan is repaid', undefined]],
  },
  {
    text: 'Scans of identity documents are destroyed as soon as the purpose of verification ceases to apply.',
    expect: [[null, null, null, undefined, undefined]],
  },
  { text: 'Personal data are stored indefinitely.', expect: [[null, null, null, null, 'Personal data']] },
  {
    text: 'The processing of personal data is carried out without any time limit.',
    expect: [[null, null, null, null, undefined]],
  },
  {
    text: 'We keep transaction history until the liquidation of the company.',
    expect: [[null, null, null, null, 'transaction history']],
  },
  {
    text: 'Some backups may be retained for a limited period after deletion.',
    expect: [[null, null, null, null, undefined]],
  },
  {
    text: 'We store a session cookie in your browser for the duration of the session.',
    expect: [[null, null, null, undefined, undefined]],
  },
  { text: 'Application data: until you ask us to delete them.', expect: [] },
  {
    text: 'Messages are kept for 180 days or until you delete your account.',
    expect: [['P180D', 'max', null, 'you delete your account', 'Messages']],
  },
  {
    text: 'Call recordings are stored for 10 business days.',
    expect: [[null, 'exact', null, null, 'Call recordings']],
  },
  {
    text: 'If you would like your files kept longer than the default of 0 days, change the setting.',
    expect: [['P0D', 'exact', null, null, undefined]],
  },
  // Near misses: storing "as necessary" for a task, deadlines that answer a request, deletion with no end.
  { text: 'We store your data as necessary for evaluating your loan application.', expect: [] },
  { text: 'You can delete your account at any time within 30 days.', expect: [] },
  { text: 'We will delete your data within 30 days.', expect: [] },
  { text: 'After receiving your request, we erase your data within 10 business days.', expect: [] },
  { text: 'After this period, the data are destroyed.', expect: [] },
  { text: 'Personal data are kept until:', expect: [] },
  { text: 'We keep your data secure and confidential.', expect: [] },
  {
    text: '| Cookie | Purpose | Lifetime |\n|---|---|---|\n| sid | Keeps you signed in | 30 days |\n| lang | Remembers the language | Session |',
    expect: [
      ['P30D', 'exact', null, null, 'sid'],
      [null, null, null, 'Session', 'lang'],
    ],
  },
  {
    text: '| Data | Retention |\n|---|---|\n| Messages | 180 days or until you delete your account |',
    expect: [['P180D', 'max', null, 'you delete your account', 'Messages']],
  },
  {
    text: "## How long we keep data\n\n- Loan applications: as long as needed to assess them, and deleted on request.\n- Access logs: according to the hosting provider's retention periods.",
    expect: [
      [null, null, null, 'needed to assess them', 'Loan applications'],
      [null, null, null, undefined, 'Access logs'],
    ],
  },
  {
    text: 'Personal data are kept until:\n\n- the purposes of processing are achieved;\n- the company is liquidated.',
    expect: [
      [null, null, null, 'purposes of processing are achieved', null],
      [null, null, null, null, null],
    ],
  },
]);
