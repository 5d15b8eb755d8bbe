// Strings of the page's frame: header, tabs, loading and start-up errors, footer.
export default {
  en: {
    'app.product': 'Sanctions checker',
    'app.tagline':
      'Check a business partner against official sanctions lists. Everything runs in this browser: the names you check are never sent anywhere.',
    'app.language': 'Language',
    'app.skip': 'Skip to the check',
    'app.loading': 'Loading lists…',
    'app.error.title': 'The checker could not start',
    'app.lists.asOf': 'Lists as of {date}',
    'app.lists.unknownDate': 'Lists of unknown date (the files carried no publication date)',
    'app.lists.source': {
      one: ' (published {date}, {n} entry)',
      other: ' (published {date}, {n} entries)',
    },
    'app.lists.sourceUndated': {
      one: ' (publication date unknown, {n} entry)',
      other: ' (publication date unknown, {n} entries)',
    },
    'tabs.label': 'What to check',
    'tabs.partner': 'Partner',
    'tabs.goods': 'Goods',
    'tabs.batch': 'Batch',
    'tabs.history': 'History',
    'tabs.lists': 'Lists',
    'batch.title': 'Check a list of partners',
    'history.title': 'History of checks',
    'lists.title': 'Sanctions lists',
    'form.required': '(required)',
    'form.optional': '(optional)',
    'footer.match':
      'A match means the name is similar to a listed one, not that it is the same party. Compare the details with your partner’s documents before you decide. No match is not a guarantee: lists change, so check again before each deal.',
    'footer.goods':
      'Goods answers come from the EU Russia goods annexes (Regulation 833/2014) and the Common High Priority List as of the dates shown; they are not legal advice.',
  },
  ru: {
    'app.product': 'Проверка по санкционным спискам',
    'app.tagline':
      'Проверьте делового партнёра по официальным санкционным спискам. Всё работает в этом браузере: проверяемые имена никуда не отправляются.',
    'app.language': 'Язык',
    'app.skip': 'Перейти к проверке',
    'app.loading': 'Загрузка списков…',
    'app.error.title': 'Не удалось запустить проверку',
    'app.lists.asOf': 'Списки по состоянию на {date}',
    'app.lists.unknownDate': 'Дата списков неизвестна (в файлах не указана дата публикации)',
    'app.lists.source': {
      one: ' (опубликован {date}, {n} запись)',
      few: ' (опубликован {date}, {n} записи)',
      many: ' (опубликован {date}, {n} записей)',
      other: ' (опубликован {date}, {n} записи)',
    },
    'app.lists.sourceUndated': {
      one: ' (дата публикации неизвестна, {n} запись)',
      few: ' (дата публикации неизвестна, {n} записи)',
      many: ' (дата публикации неизвестна, {n} записей)',
      other: ' (дата публикации неизвестна, {n} записи)',
    },
    'tabs.label': 'Что проверить',
    'tabs.partner': 'Контрагент',
    'tabs.goods': 'Товары',
    'tabs.batch': 'Пакет',
    'tabs.history': 'История',
    'tabs.lists': 'Списки',
    'batch.title': 'Проверить список контрагентов',
    'history.title': 'История проверок',
    'lists.title': 'Санкционные списки',
    'form.required': '(обязательно)',
    'form.optional': '(необязательно)',
    'footer.match':
      'Совпадение означает, что имя похоже на имя из списка, а не что это то же самое лицо. Прежде чем принять решение, сверьте данные с документами контрагента. Отсутствие совпадений — не гарантия: списки меняются, поэтому проверяйте снова перед каждой сделкой.',
    'footer.goods':
      'Ответы по товарам основаны на товарных приложениях ЕС по России (Регламент 833/2014) и Общем списке приоритетных товаров (Common High Priority List) на указанные даты; это не юридическая консультация.',
  },
  kk: {
    'app.product': 'Санкциялық тізімдер бойынша тексеру',
    'app.tagline':
      'Іскер серіктесті ресми санкциялық тізімдер бойынша тексеріңіз. Бәрі осы браузерде жұмыс істейді: тексерілетін атаулар ешқайда жіберілмейді.',
    'app.language': 'Тіл',
    'app.skip': 'Тексеруге өту',
    'app.loading': 'Тізімдер жүктелуде…',
    'app.error.title': 'Тексеру құралы іске қосылмады',
    'app.lists.asOf': 'Тізімдер {date} жағдай бойынша',
    'app.lists.unknownDate': 'Тізімдердің күні белгісіз (файлдарда жариялану күні көрсетілмеген)',
    'app.lists.source': {
      one: ' ({date} жарияланған, {n} жазба)',
      other: ' ({date} жарияланған, {n} жазба)',
    },
    'app.lists.sourceUndated': {
      one: ' (жарияланған күні белгісіз, {n} жазба)',
      other: ' (жарияланған күні белгісіз, {n} жазба)',
    },
    'tabs.label': 'Нені тексеру керек',
    'tabs.partner': 'Серіктес',
    'tabs.goods': 'Тауарлар',
    'tabs.batch': 'Топтама',
    'tabs.history': 'Тарих',
    'tabs.lists': 'Тізімдер',
    'batch.title': 'Серіктестер тізімін тексеру',
    'history.title': 'Тексерулер тарихы',
    'lists.title': 'Санкциялық тізімдер',
    'form.required': '(міндетті)',
    'form.optional': '(міндетті емес)',
    'footer.match':
      'Сәйкестік атаудың тізімдегі атауға ұқсас екенін білдіреді, бірақ бұл сол тұлға дегенді білдірмейді. Шешім қабылдамас бұрын деректерді серіктесіңіздің құжаттарымен салыстырыңыз. Сәйкестіктің болмауы кепілдік емес: тізімдер өзгеріп отырады, сондықтан әр мәміле алдында қайта тексеріңіз.',
    'footer.goods':
      'Тауарлар бойынша жауаптар ЕО-ның Ресейге қатысты тауар қосымшаларына (833/2014 регламенті) және Жалпы жоғары басымдықты тізімге (Common High Priority List) көрсетілген күндердегі жағдай бойынша негізделген; бұл заң кеңесі емес.',
  },
};
