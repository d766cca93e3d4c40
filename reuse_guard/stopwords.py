"""Function words that carry no evidence of copying, folded like `normalize.fold` keys.

Seeds of the aligner are built from content words only, so that "of the", "и в", "та мен" shared by any
two texts of a language do not look like copying. Lists are short on purpose (the most frequent words of
English, Russian, Kazakh, Polish, German, French, Spanish, Arabic, Persian, Urdu and Turkish, and Chinese
function characters).
"""

from __future__ import annotations

from .normalize import fold

__all__ = ["CYRILLIC_WORDS", "STOPWORDS"]

_EN = """a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves said says one two new may many much must might shall us"""
_RU = """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас
нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была
сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним
здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об
другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем
хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это также
который которые которая которых года году"""
_KK = """және мен да де ғана бен пен бар жоқ бұл сол осы ол біз сіз олар мен мұнда сонда үшін туралы
бойынша арқылы дейін кейін соң қарай сияқты ретінде емес еді болды болып болған болса деп деген тағы
әр барлық бірақ немесе не ма ме ба бе па пе жылы жыл"""
_PL = """a aby ale bez by być był była było były będzie co czy dla do gdy go i ich im jak jako jednak
jest jego jej już ktora które który lub ma mi między mnie na nad nie niż o od oraz po pod przez przy się
są ta tak także te tego tej tem ten to tu tylko w we z za ze że"""
_DE = """der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an
werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur
oder aber vor zur bis mehr durch man"""
_FR = """le la les de des du un une et en à au aux ce ces dans par pour sur que qui ne pas plus est sont
il elle ils on se sa son ses leur leurs avec comme mais ou où été être a avait"""
_ES = """el la los las de del y en a un una que es por con no se su sus para al lo como más pero o fue
ha son este esta entre"""
_ZH = "的 了 是 在 和 有 也 就 不 都 而 及 与 着 或 一 个 这 那 之 其 于 以 为 被 把 从 到 对"
_AR = """في من على إلى الى عن مع أن ان إن هذا هذه ذلك التي الذي كان كانت قد لا ما لم لن هو هي هم و ثم أو او بعد
قبل كل بين حتى عند"""
_FA = """و در به از که این آن را با برای است بود شد می تا هم یا اما نیز باید خود ها های یک"""
_UR = """اور کے کی کا میں ہے ہیں سے کو نے پر یہ وہ ہو گیا گئی گئے گا گی گے کہ بھی لیے تھا تھی تھے کر جو ان اس ایک"""
_TR = """ve bir bu da de ile için olarak gibi çok daha en ama veya ki o ne mi"""

#: The Kazakh and Russian function words as written (`translit` keys them in its own skeleton).
CYRILLIC_WORDS: tuple[str, ...] = tuple(w for block in (_KK, _RU) for w in block.split())

STOPWORDS: frozenset[str] = frozenset(
    fold(w) for block in (_EN, _RU, _KK, _PL, _DE, _FR, _ES, _ZH, _AR, _FA, _UR, _TR) for w in block.split())
