package dev.hearsay.core.internal;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.query.Voice;
import java.util.List;

/**
 * The voices on one claim of a dataset as its evidence counts them, without the parties and
 * channels that the evidence forms of them: what a corpus needs of each dataset to form parties
 * and channels of its own.
 *
 * @param claim the claim asked about
 * @param counted the relations through which other claims' voices count, in the dataset's order
 * @param undermining the relations by which other claims undermine the claim, in the dataset's
 *     order
 * @param voices the voices of the evidence's parties, party by party in the parties' order, each
 *     party's voices in their own order; the lists are not copied
 */
public record GatheredVoices(
    Claim claim, List<Relation> counted, List<Relation> undermining, List<Voice> voices) {}
