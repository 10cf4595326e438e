/** The phone page's words, in both languages; the self-check questions are the game's own. */
import en from '../locales/en/selfCheck.json';
import fr from '../locales/fr/selfCheck.json';
import type { Lang } from '../core/i18n';

const own = {
  fr: {
    title: 'Envol · En classe',
    codeLabel: 'Code de la salle',
    codeHelp: '5 caractères, sur le grand écran.',
    join: 'Rejoindre',
    badCode: 'Le code a 5 caractères (lettres et chiffres du grand écran).',
    unknownCode: "Ce code n'ouvre aucune salle. Vérifie-le sur le grand écran.",
    tooMany: 'Trop d’essais. Attends une minute, puis réessaie.',
    full: 'La salle est complète ou fermée par le formateur.',
    unreachable: 'Le serveur de la classe ne répond pas. Réessaie dans un instant.',
    nameLabel: 'Ton prénom ou ton surnom',
    pickTeam: 'Ton équipe',
    ready: "C'est moi !",
    needName: 'Écris un prénom ou un surnom (20 caractères au plus).',
    needTeam: 'Choisis ton équipe.',
    inTeam: 'Tu es dans l’équipe {team}.',
    watch: 'Regarde le grand écran : quand ton équipe doit choisir, le vote arrive ici.',
    changeTeam: 'Changer d’équipe',
    voteTitle: 'À toi de voter',
    voted: 'Ton vote : « {choice} ». Tu peux changer d’avis tant que le vote est ouvert.',
    voteClosed: 'Le vote est fermé. Regarde le grand écran.',
    otherTeam: 'C’est le tour d’une autre équipe. Regarde le grand écran.',
    selfCheckTitle: 'Juste pour toi',
    selfCheckIntro: 'Personne ne voit tes réponses : la salle ne voit que le total.',
    selfCheckSend: 'Envoyer',
    selfCheckDone: 'Merci ! Tes réponses sont envoyées.',
    selfCheckMissing: 'Réponds aux trois questions.',
    lost: 'Connexion perdue. On se reconnecte…',
    closed: 'La salle est fermée. Merci d’avoir joué !',
    language: 'Langue',
  },
  en: {
    title: 'Envol · In class',
    codeLabel: 'Room code',
    codeHelp: '5 characters, on the big screen.',
    join: 'Join',
    badCode: 'The code has 5 characters (letters and digits from the big screen).',
    unknownCode: 'This code opens no room. Check it on the big screen.',
    tooMany: 'Too many tries. Wait a minute, then try again.',
    full: 'The room is full or closed by the trainer.',
    unreachable: 'The class server does not answer. Try again in a moment.',
    nameLabel: 'Your first name or nickname',
    pickTeam: 'Your team',
    ready: "That's me!",
    needName: 'Write a first name or a nickname (20 characters at most).',
    needTeam: 'Choose your team.',
    inTeam: 'You are in team {team}.',
    watch: 'Watch the big screen: when your team has to choose, the vote comes here.',
    changeTeam: 'Change team',
    voteTitle: 'Your vote',
    voted: 'Your vote: “{choice}”. You can change your mind while the vote is open.',
    voteClosed: 'The vote is closed. Watch the big screen.',
    otherTeam: "It is another team's turn. Watch the big screen.",
    selfCheckTitle: 'Just for you',
    selfCheckIntro: 'Nobody sees your answers: the room only sees the total.',
    selfCheckSend: 'Send',
    selfCheckDone: 'Thank you! Your answers are sent.',
    selfCheckMissing: 'Answer the three questions.',
    lost: 'Connection lost. Reconnecting…',
    closed: 'The room is closed. Thanks for playing!',
    language: 'Language',
  },
} as const;

export type PhoneKey = keyof (typeof own)['fr'];
const selfCheck = { fr, en } as const;

export function phoneWords(lang: Lang) {
  const dict = own[lang];
  return {
    say: (key: PhoneKey, params: Record<string, string> = {}) => dict[key].replace(/\{(\w+)\}/g, (whole, k: string) => params[k] ?? whole),
    question: (n: 1 | 2 | 3) => selfCheck[lang][`selfCheck.q${n}`],
    scale: selfCheck[lang]['selfCheck.scale'],
  };
}
