# Writes after/sentences.en.jsonl and after/near-misses.en.jsonl (helper pitfalls14, 2026-11-27, ~22:12 UTC),
# a fresh batch written after tuning, scored once, never tuned on.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
rows = [
 # blame
 ("Congratulations on the promotion, I'm sure being home by six every night will be a nice change for you.", ["blame"], []),
 ("Guess I know where I rank now: somewhere below your fantasy football league.", ["blame"], []),
 ("Really appreciated the text on my birthday, all four words of it.", ["blame"], []),
 ("Interesting that the one time I needed you, your phone was suddenly broken.", ["blame"], []),
 ("I waited at the restaurant for an hour, which I suppose was my mistake for believing you'd come.", ["blame"], []),
 ("ur the one who wanted space so dont act surprised i gave it to u", ["blame"], []),
 ("I'm told you've been telling people it was mutual, which is news to me.", ["blame"], []),
 ("I'd love to know what version of events your mother has been given.", ["blame"], []),
 ("Let's just say one of us took our vows more seriously than the other.", ["blame"], []),
 ("You'll forgive me if I don't take advice on loyalty from you.", ["blame"], []),
 ("I apologise for shouting, though frankly anyone would have after what you said about my dad.", ["apology", "blame"], []),
 ("Still waiting on that apology, by the way.", ["blame"], []),
 ("Thanks ever so much for returning the ring by courier.", ["blame"], []),
 # guilt
 ("The twins made you a card for Father's Day and it's still sitting on the hall table.", ["guilt"], []),
 ("I've started sleeping in the spare room because I can't face our bed.", ["guilt"], []),
 ("Your dog howls at the door every night around the time you used to get home.", ["guilt"], []),
 ("I had to ask my parents for money at forty-one, which was a lovely feeling.", ["guilt"], []),
 ("Hope the Barcelona trip was fun; I spent that weekend in a hospital waiting room with my dad.", ["guilt"], []),
 ("I don't go out much any more, in case you were wondering why you don't see me around.", ["guilt"], []),
 ("Mum has stopped mentioning you, but I catch her looking at the wedding photos.", ["guilt"], []),
 ("Every penny I had went into that house, and now I'm renting a box room.", ["guilt"], []),
 ("I hope you sleep soundly, because I haven't had a full night since April.", ["guilt"], []),
 ("Our little girl keeps asking if she did something to make you leave.", ["guilt"], []),
 ("While you're house-hunting with him, I'm selling my car to keep the lights on.", ["guilt"], []),
 # disparage
 ("I saw his car; I'm sure it's compensating for something.", ["disparage"], []),
 ("She certainly has a lot of opinions for someone who's never left Swindon.", ["disparage"], []),
 ("A motivational speaker. Well, I hope he can motivate himself to pay his share of the rent.", ["disparage"], []),
 ("Your new crowd seem nice, in a matching-fleeces kind of way.", ["disparage"], []),
 ("Moving to a commune in Wales is one way to deal with a breakup, I suppose.", ["disparage"], []),
 ("I hope you enjoy the quiet life, he doesn't strike me as much of a talker.", ["disparage"], []),
 ("Quite the upgrade, if you're into men who own eleven pairs of trainers.", ["disparage"], []),
 ("I give the book club about as long as the pottery phase lasted.", ["disparage"], []),
 # hard negatives
 ("I was jealous when I heard about him, and that's something I'm working through on my own.", ["feeling", "accountability"], ["disparage"]),
 ("Your friend Kemi was kind to me at the party, please thank her.", [], ["disparage"]),
 ("I still set an extra cup out some mornings and then laugh at myself.", [], ["guilt"]),
 ("The girls talk about you all the time, and they'd love to have you at sports day if you're free.", ["invitation"], ["guilt"]),
 ("I had a rough winter, but I'm in a much better place now and I don't blame you for any of it.", ["feeling"], ["guilt", "blame"]),
 ("Thanks for sending the boxes over, it saved me a trip.", ["gratitude"], ["blame"]),
 ("I'm sorry I was so distant that last year; I was drowning at work and I didn't let you in.", ["apology", "accountability", "feeling"], ["blame"]),
 ("You always did find time for everyone, even when you had none for yourself.", ["compliment"], ["blame"]),
 ("Some of us from the old office still meet on Fridays, and you'd be very welcome.", ["invitation"], ["blame"]),
 ("I wasn't the easiest person to live with, and you were more patient than I deserved.", ["accountability", "compliment"], ["blame"]),
 ("I hope the move to Bristol is everything you wanted; you've earned a fresh start.", ["compliment"], ["disparage", "guilt"]),
 ("He sounds like a good man, and I'm genuinely glad you're not alone.", ["feeling"], ["disparage"]),
 ("It was lonely when you were posted to Aberdeen, but we both knew it was for the job.", ["feeling"], ["blame", "guilt"]),
 ("I sold the car in the end, which was the right call, and I'm cycling everywhere now.", [], ["guilt"]),
 ("Dad asks how you are now and then, and he sends his best.", [], ["guilt"]),
 ("It would have been nice to do the coast path together, maybe another year.", ["invitation"], ["blame"]),
]
with open(os.path.join(here, 'after', 'sentences.en.jsonl'), 'w') as s, open(os.path.join(here, 'after', 'near-misses.en.jsonl'), 'w') as n:
    for i, (t, labels, near) in enumerate(rows, 1):
        s.write(json.dumps({"text": t, "labels": labels}, ensure_ascii=False) + "\n")
        if near:
            n.write(json.dumps({"line": i, "text": t, "near": near}, ensure_ascii=False) + "\n")
print(len(rows), sum(1 for r in rows if r[2]))
