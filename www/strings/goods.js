// Strings of the Goods tab. The engine's own sentences (summaries, notes, annex texts, CHPL
// tier meanings) are shown as it gives them; what maps from a fixed code (a status, a kind of
// restriction, a regime, an annex name) is worded here, in each language.
export default {
  en: {
    'goods.title': 'Check goods',
    'goods.mode': 'Search by',
    'goods.mode.code': 'Customs code',
    'goods.mode.text': 'Description',
    'goods.query': 'Code or description',
    'goods.hint':
      'An HS, EU CN or EAEU TN VED code of 2 to 10 digits (8542 31, 8482100000), or words in English or Russian (ball bearings, станок фрезерный).',
    'goods.check': 'Check goods',
    'goods.results': 'Goods results',
    'goods.noData':
      'This dataset has no goods data: rebuild it with make dataset (with the shared goods files in place) to check goods.',
    'goods.lists': 'Goods lists: {lists}.',
    'goods.checked': 'Lists as of: {lists}.',
    'goods.asOf': '{title} as of {date}',
    'goods.asOf.unknown': 'an unknown date',
    'goods.unknown': 'unknown',

    'goods.status.restricted': 'restricted',
    'goods.status.restricted_if_described': 'restricted only for the goods described',
    'goods.status.possibly_restricted': 'possibly restricted: give the full code',
    'goods.status.excepted': 'excepted from this entry',
    'goods.status.not_listed': 'not listed',

    'goods.restriction.export_to_russia':
      'Export to Russia prohibited (sale, supply, transfer or export, directly or indirectly, to Russia or for use in Russia)',
    'goods.restriction.import_from_russia':
      'Import from Russia prohibited (purchase, import or transfer of goods originating in or exported from Russia)',
    'goods.restriction.transit': 'Transit via Russia prohibited (goods exported from the EU)',
    'goods.restriction.no_russia_clause':
      'Common high priority item: exports to third countries need a contractual ban on re-export to Russia and due diligence',
    'goods.restriction.due_diligence': 'Exporters must assess the risk of diversion to Russia',
    'goods.restriction.high_priority':
      'Common High Priority List: items found in Russian weapons; highest diversion risk, enhanced due diligence expected',
    'goods.restriction.other':
      'Listed; the operative rule is not in this data, check the Article cited',

    'goods.regime.eu833': 'EU sanctions against Russia: Council Regulation (EU) No 833/2014',
    'goods.regime.chpl':
      'Common High Priority List: joint EU/US/UK/Japan export-control guidance on Russia',
    'goods.list.chpl': 'Common High Priority List',
    'goods.list.annex': 'Annex {annex}',

    'goods.fact.regime': 'Regime',
    'goods.fact.list': 'List',
    'goods.fact.restricts': 'Restricts',
    'goods.fact.words': 'In the list’s words',
    'goods.fact.tier': 'CHPL tier',
    'goods.fact.tierValue': 'Tier {tier}: {meaning}',
    'goods.fact.listedAs': 'Listed as',
    'goods.fact.exception': 'Exception',
    'goods.fact.basis': 'Legal basis',
    'goods.fact.asOf': 'Data as of',

    'goods.more': {
      one: '… and {n} more entry. Give a longer code to narrow them down.',
      other: '… and {n} more entries. Give a longer code to narrow them down.',
    },
    'goods.subCodes': 'Listed codes under the code you gave',
    'goods.concern': 'Entries that concern this code',
    'goods.exceptedBy': 'Entries whose exception takes this code out',
    'goods.candidate.code': 'HS {code}',
    'goods.candidate.score': '{score}% of your words',
    'goods.candidate.entries': {
      one: 'What is restricted ({n} entry)',
      other: 'What is restricted ({n} entries)',
    },
    // {query} is replaced by the quoted query, wherever the language puts it.
    'goods.candidates': {
      one: '{n} candidate subheading for {query}. Confirm the code with your customs declaration.',
      other:
        '{n} candidate subheadings for {query}. Confirm the code with your customs declaration.',
    },
  },

  ru: {
    'goods.title': 'Проверить товары',
    'goods.mode': 'Искать по',
    'goods.mode.code': 'Таможенному коду',
    'goods.mode.text': 'Описанию',
    'goods.query': 'Код или описание',
    'goods.hint':
      'Код ГС (HS), КН ЕС или ТН ВЭД ЕАЭС от 2 до 10 цифр (8542 31, 8482100000) либо слова на русском или английском (станок фрезерный, ball bearings).',
    'goods.check': 'Проверить товары',
    'goods.results': 'Результаты по товарам',
    'goods.noData':
      'В этом наборе данных нет сведений о товарах: пересоберите его командой make dataset (с общими файлами по товарам на месте), чтобы проверять товары.',
    'goods.lists': 'Списки товаров: {lists}.',
    'goods.checked': 'Списки по состоянию на: {lists}.',
    'goods.asOf': '{title} по состоянию на {date}',
    'goods.asOf.unknown': 'неизвестную дату',
    'goods.unknown': 'неизвестно',

    'goods.status.restricted': 'под ограничениями',
    'goods.status.restricted_if_described': 'под ограничениями только для описанных товаров',
    'goods.status.possibly_restricted': 'возможно, под ограничениями: укажите полный код',
    'goods.status.excepted': 'подпадает под исключение из этой позиции',
    'goods.status.not_listed': 'нет в списках',

    'goods.restriction.export_to_russia':
      'Экспорт в Россию запрещён (продажа, поставка, передача или экспорт, прямо или косвенно, в Россию или для использования в России)',
    'goods.restriction.import_from_russia':
      'Импорт из России запрещён (покупка, ввоз или передача товаров, происходящих из России или вывезенных из неё)',
    'goods.restriction.transit': 'Транзит через Россию запрещён (для товаров, вывозимых из ЕС)',
    'goods.restriction.no_russia_clause':
      'Общая приоритетная позиция: при экспорте в третьи страны нужны договорный запрет реэкспорта в Россию (оговорка «No Russia») и надлежащая проверка',
    'goods.restriction.due_diligence':
      'Экспортёр обязан оценить риск перенаправления товара в Россию',
    'goods.restriction.high_priority':
      'Общий список приоритетных товаров: позиции, найденные в российском оружии; наивысший риск перенаправления, ожидается усиленная проверка',
    'goods.restriction.other':
      'Внесено в список; действующего правила нет в этих данных, смотрите указанную статью',

    'goods.regime.eu833': 'Санкции ЕС против России: Регламент Совета (ЕС) № 833/2014',
    'goods.regime.chpl':
      'Общий список приоритетных товаров: совместные рекомендации ЕС, США, Великобритании и Японии по экспортному контролю в отношении России',
    'goods.list.chpl': 'Общий список приоритетных товаров',
    'goods.list.annex': 'Приложение {annex}',

    'goods.fact.regime': 'Режим',
    'goods.fact.list': 'Список',
    'goods.fact.restricts': 'Что ограничено',
    'goods.fact.words': 'Текст списка',
    'goods.fact.tier': 'Уровень CHPL',
    'goods.fact.tierValue': 'Уровень {tier}: {meaning}',
    'goods.fact.listedAs': 'В списке как',
    'goods.fact.exception': 'Исключение',
    'goods.fact.basis': 'Правовое основание',
    'goods.fact.asOf': 'Данные на',

    'goods.more': {
      one: '… и ещё {n} позиция. Укажите более длинный код, чтобы сузить выбор.',
      few: '… и ещё {n} позиции. Укажите более длинный код, чтобы сузить выбор.',
      many: '… и ещё {n} позиций. Укажите более длинный код, чтобы сузить выбор.',
      other: '… и ещё {n} позиции. Укажите более длинный код, чтобы сузить выбор.',
    },
    'goods.subCodes': 'Коды из списков внутри указанного вами кода',
    'goods.concern': 'Позиции, которые касаются этого кода',
    'goods.exceptedBy': 'Позиции, исключение из которых выводит этот код',
    'goods.candidate.code': 'Субпозиция {code}',
    'goods.candidate.score': 'совпало {score}% ваших слов',
    'goods.candidate.entries': {
      one: 'Что ограничено ({n} позиция)',
      few: 'Что ограничено ({n} позиции)',
      many: 'Что ограничено ({n} позиций)',
      other: 'Что ограничено ({n} позиции)',
    },
    'goods.candidates': {
      one: '{n} возможная субпозиция для {query}. Сверьте код с таможенной декларацией.',
      few: '{n} возможные субпозиции для {query}. Сверьте код с таможенной декларацией.',
      many: '{n} возможных субпозиций для {query}. Сверьте код с таможенной декларацией.',
      other: '{n} возможной субпозиции для {query}. Сверьте код с таможенной декларацией.',
    },
  },

  kk: {
    'goods.title': 'Тауарларды тексеру',
    'goods.mode': 'Іздеу тәсілі',
    'goods.mode.code': 'Кеден коды бойынша',
    'goods.mode.text': 'Сипаттамасы бойынша',
    'goods.query': 'Код немесе сипаттама',
    'goods.hint':
      '2 мен 10 аралығындағы цифрдан тұратын HS, EU CN немесе ЕАЭО СЭҚ ТН коды (8542 31, 8482100000) не орысша немесе ағылшынша сөздер (станок фрезерный, ball bearings).',
    'goods.check': 'Тауарларды тексеру',
    'goods.results': 'Тауарлар бойынша нәтижелер',
    'goods.noData':
      'Бұл деректер жинағында тауарлар туралы мәлімет жоқ: тауарларды тексеру үшін оны make dataset командасымен қайта құрастырыңыз (тауарлардың ортақ файлдары орнында болуы керек).',
    'goods.lists': 'Тауар тізімдері: {lists}.',
    'goods.checked': 'Тізімдердің жағдайы: {lists}.',
    'goods.asOf': '{title}, {date} жағдай бойынша',
    'goods.asOf.unknown': 'белгісіз күндегі',
    'goods.unknown': 'белгісіз',

    'goods.status.restricted': 'шектелген',
    'goods.status.restricted_if_described': 'тек сипатталған тауарлар үшін шектелген',
    'goods.status.possibly_restricted': 'шектелуі мүмкін: толық кодты көрсетіңіз',
    'goods.status.excepted': 'бұл позициядағы ерекшелікке жатады',
    'goods.status.not_listed': 'тізімдерде жоқ',

    'goods.restriction.export_to_russia':
      'Ресейге экспорттауға тыйым салынған (Ресейге немесе Ресейде пайдалану үшін тікелей не жанама сату, жеткізу, беру немесе экспорттау)',
    'goods.restriction.import_from_russia':
      'Ресейден импорттауға тыйым салынған (Ресейден шыққан немесе Ресейден әкетілген тауарларды сатып алу, әкелу немесе беру)',
    'goods.restriction.transit':
      'Ресей арқылы транзитке тыйым салынған (ЕО-дан әкетілетін тауарлар үшін)',
    'goods.restriction.no_russia_clause':
      'Жалпы басым позиция: үшінші елдерге экспортталғанда Ресейге қайта экспорттауға шарттық тыйым («No Russia» талабы) және тиісті тексеру қажет',
    'goods.restriction.due_diligence':
      'Экспорттаушы тауардың Ресейге бұрылу қаупін бағалауға міндетті',
    'goods.restriction.high_priority':
      'Жалпы жоғары басымдықты тізім: ресейлік қарудан табылған тауарлар; бұрылу қаупі ең жоғары, күшейтілген тексеру күтіледі',
    'goods.restriction.other':
      'Тізімде бар; қолданыстағы ереже бұл деректерде жоқ, көрсетілген бапты қараңыз',

    'goods.regime.eu833':
      'ЕО-ның Ресейге қарсы санкциялары: Кеңестің (ЕО) № 833/2014 регламенті',
    'goods.regime.chpl':
      'Жалпы жоғары басымдықты тізім: ЕО, АҚШ, Ұлыбритания мен Жапонияның Ресейге қатысты экспорттық бақылау жөніндегі бірлескен ұсынымдары',
    'goods.list.chpl': 'Жалпы жоғары басымдықты тізім',
    'goods.list.annex': '{annex} қосымшасы',

    'goods.fact.regime': 'Режим',
    'goods.fact.list': 'Тізім',
    'goods.fact.restricts': 'Не шектеледі',
    'goods.fact.words': 'Тізімдегі мәтіні',
    'goods.fact.tier': 'CHPL деңгейі',
    'goods.fact.tierValue': '{tier}-деңгей: {meaning}',
    'goods.fact.listedAs': 'Тізімдегі атауы',
    'goods.fact.exception': 'Ерекшелік',
    'goods.fact.basis': 'Құқықтық негіз',
    'goods.fact.asOf': 'Деректер күні',

    'goods.more': {
      one: '… және тағы {n} позиция. Тізімді тарылту үшін ұзынырақ код енгізіңіз.',
      other: '… және тағы {n} позиция. Тізімді тарылту үшін ұзынырақ код енгізіңіз.',
    },
    'goods.subCodes': 'Сіз берген кодтың ішіндегі тізімдегі кодтар',
    'goods.concern': 'Осы кодқа қатысты позициялар',
    'goods.exceptedBy': 'Ерекшелігі осы кодты шығарып тастайтын позициялар',
    'goods.candidate.code': '{code} қосалқы позициясы',
    'goods.candidate.score': 'сөздеріңіздің {score}% сәйкес',
    'goods.candidate.entries': {
      one: 'Не шектеледі ({n} позиция)',
      other: 'Не шектеледі ({n} позиция)',
    },
    'goods.candidates': {
      one: '{query} сұрауы бойынша {n} ықтимал қосалқы позиция. Кодты кедендік декларацияңызбен салыстырыңыз.',
      other:
        '{query} сұрауы бойынша {n} ықтимал қосалқы позиция. Кодты кедендік декларацияңызбен салыстырыңыз.',
    },
  },
};
