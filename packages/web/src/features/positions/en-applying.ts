import type { zhCNApplying } from './zh-cn-applying';

/** Applying to a position and "my application". Loaded with the recruitment screens (messages.ts). */
export const enApplying: Record<keyof typeof zhCNApplying, string> = {
  'applying.title': 'Apply for this position',
  'applying.intro': 'Fill in the form and upload your CV as a PDF to apply. No account is needed.',
  'applying.name': 'Name',
  'applying.phone': 'Mobile number',
  'applying.phone_hint': 'A mainland China mobile number, e.g. 13800138000.',
  'applying.email': 'Email',
  'applying.email_hint': 'News about your application and recovery codes are sent here.',
  'applying.degree': 'Highest degree',
  'applying.choose': 'Choose',
  'applying.university': 'University',
  'applying.discipline': 'Discipline and major',
  'applying.discipline_hint': 'E.g. engineering · chemical engineering.',
  'applying.graduation_year': 'Year of graduation',
  'applying.cv': 'CV (PDF, at most 5 MB)',
  'applying.cv_hint': 'PDF files only. It is uploaded straight to storage when you submit.',
  'applying.cv_chosen': 'Chosen: {name} ({size})',
  'applying.consent':
    'I agree that the Aksu talent office processes the personal details and CV I submit to recruit for this position.',
  'applying.submit': 'Submit application',
  'applying.uploading': 'Uploading your CV…',
  'applying.submitting': 'Submitting your application…',
  'applying.fix_fields': 'Please correct the fields marked below first.',
  'applying.cv_missing': 'Choose your CV (a PDF file).',
  'applying.cv_not_pdf': 'The CV must be a PDF file; save it as a PDF and choose it again.',
  'applying.cv_too_big': 'The CV is {size}, above the 5 MB limit; make it smaller and choose it again.',
  'applying.cv_over_limit': 'The CV is above the 5 MB limit; make it smaller and choose it again.',
  'applying.year_invalid': 'Enter the year of graduation as four digits, e.g. 2025.',
  'applying.cv_mismatch':
    'This file is not really a PDF (perhaps another kind of file renamed); choose a real PDF file.',
  'applying.cv_upload_failed':
    'The CV did not upload; check your connection and submit again. Everything you typed is still here.',
  'applying.cv_expired': 'The upload link expired; submit again and the CV is uploaded once more.',
  'applying.already':
    'You have already applied for this position and cannot apply twice. See its progress under "My application".',
  'applying.rate_limited':
    'Too many attempts; please try again in {seconds, plural, one {# second} other {# seconds}}. Everything you typed is still here.',
  'applying.closed': 'This position has closed or stopped recruiting; it no longer takes applications.',
  'applying.consent_required': 'Tick the consent box to submit.',
  'applying.receipt_title': 'Application submitted',
  'applying.receipt_body': 'We have your application. News from the employer’s screening is sent to {email}.',
  'applying.receipt_code': 'Application code',
  'applying.receipt_keep':
    'Keep this code: with it you can see or withdraw your application at any time. Lost it? Recover it by email or phone.',
  'applying.receipt_link': 'See my application',
  'applying.my_link': 'Already applied? See my application',

  'my_application.title': 'My application',
  'my_application.open_title': 'Open with your code',
  'my_application.open_intro': 'Enter the application code you received when you applied.',
  'my_application.code': 'Application code',
  'my_application.open': 'Open my application',
  'my_application.code_invalid':
    'This code opens no application to this position; check it and try again, or recover it by email or phone.',
  'my_application.recover_title': 'Lost your code?',
  'my_application.recover_intro':
    'Enter the email or mobile number you applied with, and we mail a code to the application’s email.',
  'my_application.contact': 'Email or mobile number',
  'my_application.send': 'Send a code',
  'my_application.sent':
    'If this email or number applied for this position, a code is on its way to the application’s email; it works for 15 minutes.',
  'my_application.mailed_code': '6-digit code',
  'my_application.verify': 'Verify and open',
  'my_application.unit': 'Employer',
  'my_application.name': 'Name',
  'my_application.contact_shown': 'Contact',
  'my_application.applied_at': 'Applied',
  'my_application.status_since': 'since {time}',
  'my_application.status.submitted': 'Submitted, waiting for screening',
  'my_application.status.shortlisted': 'Shortlisted',
  'my_application.status.interview': 'Invited to an interview',
  'my_application.status.offered': 'Offered the position',
  'my_application.status.accepted': 'Offer accepted',
  'my_application.status.declined': 'Offer declined',
  'my_application.status.rejected': 'Not selected',
  'my_application.status.withdrawn': 'Withdrawn',
  'my_application.next.submitted':
    'The employer is reading the applications; you will get an email when anything moves.',
  'my_application.next.shortlisted':
    'Your papers passed the first screening; next the employer arranges an interview or contacts you directly.',
  'my_application.next.interview': 'Look out for the interview’s time and place, and be there on time.',
  'my_application.next.offered': 'The employer will contact you about the offer; keep your phone on.',
  'my_application.next.accepted':
    'Congratulations! The employer and the talent office will contact you about starting work.',
  'my_application.next.declined': 'This application has ended. Other positions may suit you too.',
  'my_application.next.rejected':
    'Sorry, you were not selected this time. You are welcome to apply for other positions.',
  'my_application.next.withdrawn': 'The application is withdrawn and will not be screened.',
  'my_application.withdraw': 'Withdraw application',
  'my_application.withdraw_confirm':
    'Withdraw this application? This cannot be undone, and you cannot apply for this position again.',
  'my_application.withdraw_yes': 'Yes, withdraw',
  'my_application.withdraw_no': 'Keep it',
  'my_application.withdrawn': 'Your application is withdrawn.',
  'my_application.back': '← Back to the position',
} as const;
