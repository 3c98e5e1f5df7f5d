/**
 * French words that say nothing of a need: articles, prepositions, pronouns, conjunctions,
 * auxiliaries and a few quantity adverbs. PostgreSQL's French stop list misses many of them
 * once accents are folded ("les", "entre", "beaucoup", "a" for "à"), so the search drops them
 * itself: they are never looked for, never counted as typed words, never cited as a reason.
 * Compared lower-cased, accents removed.
 */
const stopWords = new Set(
  (
    "a ai aie aient aies ait alors as au aucun aucune aupres auquel aussi autre autres aux avaient avais avait avant avec avez " +
    "aviez avions avoir avons ayant beaucoup c ca car ce ceci cela celle celles celui cependant certain certaines certains " +
    "ces cet cette ceux chacun chacune chaque chez ci comme comment d dans de des desquelles desquels deja doit donc dont du " +
    "duquel elle elles en encore entre es est et etaient etais etait etant ete etes etiez etions etre eu eux fait faire fais " +
    "faut il ils j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lors lui m ma mais me meme memes mes moi " +
    "mon n ne ni nos notre nous on ont ou par parce pas peu peut peuvent plus plusieurs pour pourquoi pourrait qu quand " +
    "que quel quelle quelles quels qui quoi s sa sans se sera serait ses si sien soi soit son sont sous suis sur t ta tandis " +
    "te tel telle tels tes toi ton tous tout toute toutes tres tu un une unes uns vers voici voila vos votre vous y"
  ).split(" "),
);

/** The word as the stop list compares it: lower case, accents removed. */
const plain = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export function isStopWord(word: string): boolean {
  return stopWords.has(plain(word));
}
