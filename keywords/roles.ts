import type { NearMissRole, RoleLevelEntry } from './types';

/**
 * What makes a title a pharmacy-technician role. Decided on the title when there is one:
 * 1. an explicit technician phrase wins ("Nuclear Pharmacy Technician", "Pharmacy Technician Supervisor");
 * 2. else a near-miss phrase rules it out ("Pharmacist", "Veterinary Technician");
 * 3. else a technician word together with a pharmacy word ("Technician II - Pharmacy").
 * Facts: ../shared/reference/domain.md §1, §4.
 */
export const TECH_TITLE_PHRASES: readonly string[] = [
  'pharmacy technician',
  'pharmacy tech',
  'pharm tech',
  'pharmacy technologist',
  'pharmaceutical technician',
  'pharmacy tec',
  'certified pharmacy technician',
  'CPhT',
  'Rx technician',
  'Rx tech',
  'IV technician',
  'IV tech',
  'IV room technician',
  'sterile compounding technician',
  'compounding technician',
  'compounding tech',
  'chemo technician',
  'chemotherapy technician',
  'nuclear pharmacy technician',
  'radiopharmacy technician',
  'medication history technician',
  'medication history specialist',
  'medication reconciliation technician',
  'med history tech',
  'prior authorization pharmacy technician',
  'prior authorization technician',
  'pharmacy prior authorization specialist',
  'pharmacy buyer',
  'pharmacy purchaser',
  'pharmacy purchasing technician',
  'pharmacy inventory technician',
  'pharmacy informatics technician',
  'pharmacy automation technician',
  'pharmacy technician trainee',
  'pharmacy technician in training',
  'technician in training',
  'tech in training',
  'pharmacy apprentice',
  'pharmacy technician apprentice',
  'lead pharmacy technician',
  'pharmacy lead technician',
  'senior pharmacy technician',
  'pharmacy technician supervisor',
  'pharmacy technician manager',
  'pharmacy technician specialist',
  'pharmacy technician coordinator',
  'pharmacy technician educator',
  'pharmacy technician instructor',
  'pharmacy operations technician',
  'central fill technician',
  'pharmacy support technician',
  'pharmacy billing specialist',
  'pharmacy billing',
  'pharmacy reimbursement',
  'billing and reimbursement specialist',
  'prior authorization specialist',
  'pharmacy services technician',
];

/** With a pharmacy word, one of these makes a technician title ("Technician II - Pharmacy"). */
export const TECH_HEAD_WORDS: readonly string[] = ['technician', 'tech', 'techs', 'technicians'];
export const PHARMACY_CONTEXT_WORDS: readonly string[] = [
  'pharmacy',
  'pharmacies',
  'pharm',
  'pharmaceutical',
  'Rx',
  'IV',
  'CPhT',
  'compounding',
  'medication',
  'chemo',
  'radiopharmacy',
  'telepharmacy',
  'dispensary',
];

export const NEAR_MISS_ROLES: readonly NearMissRole[] = [
  { id: 'pharmacist', name: 'Pharmacist', phrases: ['pharmacist', 'pharmacists', 'PharmD', 'RPh', 'clinical pharmacist', 'staff pharmacist', 'pharmacist in charge', 'nuclear pharmacist'] },
  { id: 'pharmacy-manager', name: 'Pharmacy manager or director', phrases: ['pharmacy manager', 'pharmacy director', 'director of pharmacy', 'pharmacy operations manager', 'pharmacy supervisor'] },
  { id: 'pharmacy-clerk', name: 'Pharmacy clerk, cashier or assistant', phrases: ['pharmacy clerk', 'pharmacy cashier', 'pharmacy assistant', 'pharmacy aide', 'pharmacy service associate', 'pharmacy customer service', 'front store', 'cashier', 'clerk'] },
  { id: 'pharmacy-intern', name: 'Pharmacy intern or resident', phrases: ['pharmacy intern', 'pharmacist intern', 'intern pharmacist', 'graduate intern', 'pharmacy internship', 'pharmacy resident', 'pharmacy residency', 'PGY1', 'PGY2', 'PGY-1', 'PGY-2', 'resident', 'residency', 'fellow', 'fellowship'] },
  { id: 'pharmacy-driver', name: 'Pharmacy driver or courier', phrases: ['delivery driver', 'pharmacy driver', 'pharmacy courier', 'courier', 'driver'] },
  { id: 'veterinary-technician', name: 'Veterinary technician', phrases: ['veterinary technician', 'veterinary tech', 'vet tech', 'vet technician', 'veterinary assistant'] },
  { id: 'laboratory-technician', name: 'Laboratory technician', phrases: ['laboratory technician', 'lab technician', 'lab tech', 'laboratory tech', 'medical laboratory technician', 'medical technologist', 'laboratory assistant', 'phlebotomist', 'phlebotomy technician'] },
  { id: 'sterile-processing', name: 'Sterile processing technician', phrases: ['sterile processing', 'sterile processing technician', 'central sterile', 'sterile processing tech', 'SPD technician'] },
  { id: 'nuclear-medicine', name: 'Nuclear medicine technologist', phrases: ['nuclear medicine technologist', 'nuclear medicine tech', 'nuclear medicine technician', 'radiologic technologist', 'radiology technician', 'x-ray technician', 'CT technologist', 'MRI technologist'] },
  { id: 'pharmaceutical-sales', name: 'Pharmaceutical sales', phrases: ['pharmaceutical sales', 'pharmaceutical sales representative', 'sales representative', 'sales rep', 'account manager', 'medical science liaison'] },
  { id: 'other-clinical', name: 'Other clinical technician or assistant', phrases: ['surgical technician', 'surgical tech', 'surgical technologist', 'patient care technician', 'patient care tech', 'medical assistant', 'certified medical assistant', 'nursing assistant', 'CNA', 'EKG technician', 'dialysis technician', 'ophthalmic technician', 'emergency medical technician', 'EMT', 'respiratory therapist', 'registered nurse', 'licensed practical nurse', 'LPN', 'RN'] },
  { id: 'manufacturing', name: 'Pharmaceutical manufacturing or lab', phrases: ['manufacturing technician', 'production technician', 'quality control technician', 'QC technician', 'process technician', 'packaging technician', 'research technician', 'chemist'] },
];

/** Role level from the title; 'technician' when none matches. Checked in this order. */
export const ROLE_LEVEL_PHRASES: readonly RoleLevelEntry[] = [
  { level: 'trainee', phrases: ['trainee', 'in training', 'apprentice', 'apprenticeship', 'technician candidate', 'entry level trainee', 'non-certified trainee', 'tech in training', 'technician in training'] },
  { level: 'supervisor', phrases: ['supervisor', 'manager', 'director', 'superintendent', 'team leader', 'operations manager'] },
  { level: 'senior', phrases: ['lead', 'senior', 'sr', 'III', 'level III', 'level 3', 'technician 3', 'tech 3', 'IV tech III', 'principal', 'chief technician', 'coordinator', 'charge technician'] },
  { level: 'specialist', phrases: ['buyer', 'purchaser', 'purchasing', 'procurement', 'inventory specialist', 'inventory analyst', 'informatics', 'analyst', 'educator', 'instructor', 'trainer', 'training specialist', 'specialist', 'medication history', 'med history', 'medication reconciliation', 'prior authorization', 'prior auth', 'billing', 'reimbursement', 'product verification', '340B', 'diversion specialist', 'quality specialist', 'compliance specialist'] },
];
