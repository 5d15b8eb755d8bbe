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
    'app.lists.dateUnknown': 'date unknown',
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
  ru: {},
  kk: {},
};
