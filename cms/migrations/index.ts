import * as migration_20261128_092526_initial from './20261128_092526_initial';
import * as migration_20261128_120824_site_build_jobs from './20261128_120824_site_build_jobs';
import * as migration_20261128_144237_newsletter_sending from './20261128_144237_newsletter_sending';
import * as migration_20261128_160314_delivery_status_index from './20261128_160314_delivery_status_index';
import * as migration_20261128_173026_members_applications_promotions from './20261128_173026_members_applications_promotions';
import * as migration_20261206_234147_revisions_notifications_applicant from './20261206_234147_revisions_notifications_applicant';
import * as migration_20261207_042513_no_account_lockout from './20261207_042513_no_account_lockout';
import * as migration_20261207_063722_company_membership from './20261207_063722_company_membership';
import * as migration_20261207_164727_programs_live_index from './20261207_164727_programs_live_index';

export const migrations = [
  {
    up: migration_20261128_092526_initial.up,
    down: migration_20261128_092526_initial.down,
    name: '20261128_092526_initial',
  },
  {
    up: migration_20261128_120824_site_build_jobs.up,
    down: migration_20261128_120824_site_build_jobs.down,
    name: '20261128_120824_site_build_jobs',
  },
  {
    up: migration_20261128_144237_newsletter_sending.up,
    down: migration_20261128_144237_newsletter_sending.down,
    name: '20261128_144237_newsletter_sending',
  },
  {
    up: migration_20261128_160314_delivery_status_index.up,
    down: migration_20261128_160314_delivery_status_index.down,
    name: '20261128_160314_delivery_status_index',
  },
  {
    up: migration_20261128_173026_members_applications_promotions.up,
    down: migration_20261128_173026_members_applications_promotions.down,
    name: '20261128_173026_members_applications_promotions',
  },
  {
    up: migration_20261206_234147_revisions_notifications_applicant.up,
    down: migration_20261206_234147_revisions_notifications_applicant.down,
    name: '20261206_234147_revisions_notifications_applicant',
  },
  {
    up: migration_20261207_042513_no_account_lockout.up,
    down: migration_20261207_042513_no_account_lockout.down,
    name: '20261207_042513_no_account_lockout',
  },
  {
    up: migration_20261207_063722_company_membership.up,
    down: migration_20261207_063722_company_membership.down,
    name: '20261207_063722_company_membership',
  },
  {
    up: migration_20261207_164727_programs_live_index.up,
    down: migration_20261207_164727_programs_live_index.down,
    name: '20261207_164727_programs_live_index'
  },
];
