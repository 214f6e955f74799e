/**
 * Payload's own Korean strings, reworded where they cannot be right. A static translation puts
 * {{label}} or {{title}} before a particle it cannot choose (사업이(가) 생성되었습니다,
 * 한빛정밀이(가), 프로그램를 찾을 수 없습니다), so each sentence here attaches the particle to a
 * fixed noun (항목, 개, 값) or needs none. Also Payload's name where the admin names itself.
 * The keys keep Payload's placeholders and <0>/<1>/<2> markup; English stays Payload's.
 */
export const payloadKo = {
  error: {
    unableToDeleteCount: '{{label}} {{total}}개 중 {{count}}개는 삭제할 수 없습니다.',
    unableToUpdateCount: '{{label}} {{total}}개 중 {{count}}개는 수정할 수 없습니다.',
  },
  folder: {
    itemHasBeenMoved: '「{{title}}」 항목을 {{folderName}} 폴더로 옮겼습니다.',
    itemHasBeenMovedToRoot: '「{{title}}」 항목을 최상위 폴더로 옮겼습니다.',
    itemsMovedToFolder: '「{{title}}」 항목을 {{folderName}} 폴더로 옮겼습니다.',
    itemsMovedToRoot: '「{{title}}」 항목을 최상위 폴더로 옮겼습니다.',
    moveItemsToFolderConfirmation: '<1>{{label}} {{count}}개</1>를 <2>{{toFolder}}</2> 폴더로 옮기시겠습니까?',
    moveItemsToRootConfirmation: '<1>{{label}} {{count}}개</1>를 최상위 폴더로 옮기시겠습니까?',
    moveItemToFolderConfirmation: '<1>{{title}}</1> 항목을 <2>{{toFolder}}</2> 폴더로 옮기시겠습니까?',
    moveItemToRootConfirmation: '<1>{{title}}</1> 항목을 최상위 폴더로 옮기시겠습니까?',
    movingFromFolder: '「{{title}}」 항목을 {{fromFolder}} 폴더에서 옮기는 중',
  },
  general: {
    aboutToDelete: '{{label}} <1>{{title}}</1> 항목을 삭제하려고 합니다. 계속하시겠습니까?',
    aboutToDeleteCount_many: '{{label}} {{count}}개를 삭제하려고 합니다.',
    aboutToDeleteCount_one: '{{label}} {{count}}개를 삭제하려고 합니다.',
    aboutToDeleteCount_other: '{{label}} {{count}}개를 삭제하려고 합니다.',
    aboutToPermanentlyDelete: '{{label}} <1>{{title}}</1> 항목을 영구히 삭제하려고 합니다. 계속하시겠습니까?',
    aboutToPermanentlyDeleteTrash: '휴지통의 <1>{{label}}</1> <0>{{count}}</0>개를 영구히 삭제하려고 합니다. 계속하시겠습니까?',
    aboutToRestore: '{{label}} <1>{{title}}</1> 항목을 복원하려고 합니다. 계속하시겠습니까?',
    aboutToRestoreAsDraft: '{{label}} <1>{{title}}</1> 항목을 초안으로 복원하려고 합니다. 계속하시겠습니까?',
    aboutToRestoreAsDraftCount: '{{label}} {{count}}개를 초안으로 복원하려고 합니다.',
    aboutToRestoreCount: '{{label}} {{count}}개를 복원하려고 합니다.',
    aboutToTrash: '{{label}} <1>{{title}}</1> 항목을 휴지통으로 옮기려고 합니다. 계속하시겠습니까?',
    aboutToTrashCount: '{{label}} {{count}}개를 휴지통으로 옮기려고 합니다.',
    confirmReindex: '{{collections}} 항목을 모두 다시 색인하시겠습니까?',
    // The lock dialog: "<e-mail> 님이 …" and "마지막 편집 <date>" (the date: cms/admin/LockedDocumentDate.tsx).
    currentlyEditing: '님이 이 문서를 편집하고 있습니다. 편집을 넘겨받으면 그분은 편집을 계속할 수 없고, 저장하지 않은 변경 사항을 잃을 수 있습니다.',
    copyWarning: '{{label}} {{title}}의 {{to}} 내용을 {{from}} 내용으로 덮어쓰려고 합니다. 계속하시겠습니까?',
    deletedCountSuccessfully: '{{label}} {{count}}개를 삭제했습니다.',
    documentIsTrashed: '이 {{label}} 항목은 휴지통에 있어 읽기 전용입니다.',
    editedSince: '마지막 편집',
    groupByLabel: '{{label}} 기준으로 묶기',
    moveConfirm: '{{label}} {{count}}개를 <1>{{destination}}</1> 위치로 옮기려고 합니다. 계속하시겠습니까?',
    movingCount: '{{label}} {{count}}개를 옮기는 중',
    noResults: '{{label}} 항목이 없습니다. 아직 등록된 항목이 없거나 위의 조건에 맞는 항목이 없습니다.',
    noTrashResults: '휴지통에 {{label}} 항목이 없습니다.',
    // The account page's section with language and theme: the admin of 상생누리, not "Payload".
    payloadSettings: '관리 화면 설정',
    permanentlyDeletedCountSuccessfully: '{{label}} {{count}}개를 영구히 삭제했습니다.',
    reindexingAll: '{{collections}} 항목을 모두 다시 색인하는 중입니다.',
    restoredCountSuccessfully: '{{label}} {{count}}개를 복원했습니다.',
    searchBy: '{{label}} 기준으로 검색',
    selectLabel: '{{label}} 선택',
    sortByLabelDirection: '{{label}} 기준 {{direction}} 정렬',
    successfullyCreated: '{{label}} 항목이 생성되었습니다.',
    successfullyDuplicated: '{{label}} 항목이 복제되었습니다.',
    titleDeleted: '{{label}} "{{title}}" 항목을 삭제했습니다.',
    titleRestored: '{{label}} "{{title}}" 항목이 복원되었습니다.',
    titleTrashed: '{{label}} "{{title}}" 항목을 휴지통으로 옮겼습니다.',
    trashedCountSuccessfully: '{{label}} {{count}}개를 휴지통으로 옮겼습니다.',
    updatedCountSuccessfully: '{{label}} {{count}}개를 수정했습니다.',
    updatedLabelSuccessfully: '{{label}} 항목이 수정되었습니다.',
  },
  localization: {
    copyFromTo: '{{from}} → {{to}} 복사',
  },
  validation: {
    fieldHasNo: '이 입력란에 해당하는 {{label}} 항목이 없습니다.',
    greaterThanMax: '{{label}}의 최댓값({{max}})보다 큰 값({{value}})입니다.',
    lessThanMin: '{{label}}의 최솟값({{min}})보다 작은 값({{value}})입니다.',
    notValidDate: '"{{value}}" 값은 올바른 날짜가 아닙니다.',
    requiresAtLeast: '이 입력란에는 {{label}} 항목이 {{count}}개 이상 필요합니다.',
  },
  version: {
    aboutToPublishSelection: '선택한 {{label}} 항목을 게시하려고 합니다. 계속하시겠습니까?',
    aboutToRestoreGlobal: '{{label}} 설정을 {{versionDate}} 기준 버전으로 복원하려고 합니다.',
    aboutToUnpublishSelection: '선택한 {{label}} 항목을 게시 해제하려고 합니다. 계속하시겠습니까?',
    noRowsFound: '{{label}} 항목이 없습니다.',
  },
}
