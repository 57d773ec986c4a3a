// Names swapped into the seed articles so that the benchmark corpus is not the same few articles
// over and over: a mix of name shapes from many places, as in international news.
export const GIVEN_NAMES = [
  'Amara', 'Bogdan', 'Carmen', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jamal',
  'Katarzyna', 'Liam', 'Mariana', 'Nikolai', 'Oluwaseun', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tomasz',
  'Ursula', 'Vikram', 'Wanjiru', 'Xavier', 'Yara', 'Zoltan', 'Aiko', 'Bjorn', 'Chiara', 'Diego',
  'Esther', 'Fatima', 'Gustavo', 'Hana', 'Ivan', 'Julia', 'Kofi', 'Leila', 'Mateo', 'Nadia',
  'Omar', 'Paolo', 'Rania', 'Sven', 'Thandiwe', 'Umar', 'Valentina', 'Wei', 'Yusuf', 'Zainab',
];

export const SURNAMES = [
  'Abara', 'Bergstrom', 'Castellanos', 'Dubois', 'Eriksen', 'Fonseca', 'Gallagher', 'Haddad', 'Ivanova', 'Jablonski',
  'Kowalczyk', 'Lindqvist', 'Mbeki', 'Nakamura', 'Okonkwo', 'Petrov', 'Quispe', 'Rahman', 'Santoro', 'Tanaka',
  'Udeh', 'Varga', 'Whitfield', 'Xu', 'Yilmaz', 'Zapata', 'Adeyemi', 'Brennan', 'Chowdhury', 'Demir',
  'Esposito', 'Ferreira', 'Grunwald', 'Hosseini', 'Iglesias', 'Jensen', 'Kaminski', 'Lindgren', 'Moreau', 'Novak',
  'Osei', 'Pereira', 'Rossi', 'Sokolov', 'Takahashi', 'Uchenna', 'Vasquez', 'Wojcik', 'Yamamoto', 'Zielinski',
];
