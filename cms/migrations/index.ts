import * as migration_20261128_092526_initial from './20261128_092526_initial';

export const migrations = [
  {
    up: migration_20261128_092526_initial.up,
    down: migration_20261128_092526_initial.down,
    name: '20261128_092526_initial'
  },
];
