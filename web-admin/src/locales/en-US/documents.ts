// Legal enforcement documents: the documents an inspection issues (the on-site inspection record, the order to
// rectify…), their receipt and their correction, wherever a page lists them (document.*), and their audit actions.
import type { documents as zh } from '../zh-CN/documents';

export const documents: { readonly [K in keyof typeof zh]: string } = {
  'document.list.title': 'Enforcement documents',
  'document.list.empty': 'No enforcement documents',
  'document.list.recorded': 'Documents issued by this inspection',
  'document.field.number': 'Number',
  'document.field.issuedAt': 'Issued on',
  'document.field.issuer': 'Issued by',
  'document.status.unsigned': 'Awaiting receipt',
  'document.status.signed': 'Received: {name} ({at})',
  'document.status.corrected': 'Corrected → {number}',
  'document.corrects': 'Corrects {number}',
  'document.pdf': 'View / print PDF',
  'document.superseded': 'This document has been corrected: the corrected one applies',

  'document.sign.action': 'Record receipt',
  'document.sign.title': 'Record the receipt on site',
  'document.sign.submit': 'Record receipt',
  'document.sign.intro':
    'Once the enterprise’s representative has signed the paper document, record their name here; a receipt cannot be changed.',
  'document.sign.done': 'Receipt recorded',
  'document.ownSign.action': 'Sign for it',
  'document.ownSign.title': 'Sign for the document',
  'document.ownSign.submit': 'Sign',
  'document.ownSign.intro':
    'Signing says your enterprise has received the document: read it first. A receipt cannot be changed.',
  'document.ownSign.done': 'Signed',
  'document.sign.signerName': 'Name of the signer',
  'document.sign.signerNameRequired': 'Enter the name of the signer',
  'document.sign.signerNameTooLong': 'The signer’s name is too long',

  'document.correct.action': 'Correct',
  'document.correct.title': 'Correct the document',
  'document.correct.submit': 'Issue the correction',
  'document.correct.intro':
    'A correction is a new numbered document naming the one it corrects and why; the old one stays as issued. Change only the items that are wrong.',
  'document.correct.reason': 'Reason for the correction',
  'document.correct.reasonRequired': 'Give the reason for the correction',
  'document.correct.reasonTooLong': 'The reason is too long',
  'document.correct.item': 'Item {n}',
  'document.correct.itemRequired': 'An item cannot be empty',
  'document.correct.itemTooLong': 'The item’s text is too long',
  'document.correct.basis': 'Basis: {basis}',
  'document.correct.nothingChanged': 'Nothing differs from the document: there is nothing to correct',
  'document.correct.done': 'Correction issued: {number}',

  'audit.action.signDocument': 'Enforcement document signed for',
  'audit.action.correctDocument': 'Enforcement document corrected',
  'audit.action.requestReinspection': 'Re-inspection requested by the enterprise',
  'audit.action.openCase': 'Enforcement case opened',
  'audit.action.advanceCase': 'Enforcement case step',
  'audit.action.exportEnforcementData': 'Enforcement data exported',
  'enum.hazardEventKind.REINSPECTION_REQUESTED': 'Re-inspection requested',
  'hazard.field.verifyBy': 'Verify / re-inspect by',
  'hazard.field.reinspectionRequestedAt': 'Re-inspection requested at',
  'hazard.reinspection.request': 'Request re-inspection',
  'hazard.reinspection.requestIntro':
    'The rectification is reported. Once you request re-inspection, the department must re-inspect on site within the statutory period and issue its opinion.',
  'hazard.reinspection.requested': 'Re-inspection requested; due by {at}',
  'hazard.reinspection.done': 'Re-inspection requested',
};
