package org.munacademy.assessment.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.munacademy.assessment.entity.Choice;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.SlotView;

/**
 * How one question of one attempt is put before its taker: the display order of its options (choice and
 * true/false questions), right-hand items (matching) or items (ordering), and the ids under which they are
 * presented. The ids are a random permutation drawn per attempt and kept on the server, independent of the
 * display order, so neither an id nor a position tells anything about the key (in the seeded banks the key of a
 * single-choice question used to be option 0, and the canonical order of matching and ordering items is the key).
 * The client sends presented ids; {@link #toCanonical} turns them into canonical indexes before validation and
 * scoring, and responses are stored canonical, so scoring, results and statistics never see presented ids.
 * <p>
 * Stored in {@code AttemptItem.presentation} as {@code "2,0,1|1,2,0"}: the display order (canonical indexes), then
 * {@code ids.get(canonical)}. Rows written before the ids existed hold only the order; their ids are the canonical
 * indexes.
 *
 * @param order canonical indexes in display order (empty for text and numeric questions)
 * @param ids   the presented id of each canonical index, a permutation of {@code 0…n-1} (or empty)
 */
public record Presentation(List<Integer> order, List<Integer> ids) {

    public Presentation {
        order = List.copyOf(order);
        ids = List.copyOf(ids);
        if (!ids.isEmpty() && !isPermutation(ids)) {
            throw new IllegalArgumentException("ids are no permutation: " + ids);
        }
    }

    /**
     * A new presentation: the display order by {@link ItemDraw#presentationOrder} (matching and ordering always
     * shuffled, an ordering never in the right order) and ids from an independent random permutation.
     */
    public static Presentation draw(ItemContent item, Random random, boolean shuffleOptions) {
        Objects.requireNonNull(random, "random");
        List<Integer> order = ItemDraw.presentationOrder(item, random, shuffleOptions);
        List<Integer> ids = ItemDraw.indexes(size(item));
        Collections.shuffle(ids, new Random(random.nextLong()));
        return new Presentation(order, ids);
    }

    /** The number of things a question presents under ids: options, pairs or sequence items. */
    static int size(ItemContent item) {
        return switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> item.options().size();
            case MATCHING -> item.pairs().size();
            case ORDERING -> item.sequence().size();
            case SHORT_TEXT, NUMERIC, ESSAY -> 0;
        };
    }

    /** As stored: {@code "order|ids"}. */
    public String write() {
        return ItemJson.writeOrder(order) + "|" + ItemJson.writeOrder(ids);
    }

    /**
     * A stored presentation; one without ids (written before they existed) presents the canonical indexes.
     *
     * @throws IllegalArgumentException when the text is not a stored presentation
     */
    public static Presentation read(String text) {
        String stored = text == null ? "" : text;
        int bar = stored.indexOf('|');
        List<Integer> order = ItemJson.readOrder(bar < 0 ? stored : stored.substring(0, bar));
        if (bar >= 0) {
            return new Presentation(order, ItemJson.readOrder(stored.substring(bar + 1)));
        }
        return new Presentation(order, ItemDraw.indexes(order.size()));
    }

    /** The presented id of a canonical index. */
    public int idOf(int canonical) {
        return ids.get(canonical);
    }

    /** The canonical index behind a presented id; {@code ids.size()} (out of range, so refused) for an unknown id. */
    public int canonicalOf(int id) {
        int canonical = ids.indexOf(id);
        return canonical < 0 ? ids.size() : canonical;
    }

    /**
     * A response in presented ids as canonical indexes. Matching's "none" ({@code -1}) and {@code null} stay;
     * unknown ids become an index out of range, so that {@link Scoring#isValid} refuses them. Text is unchanged.
     */
    public Response toCanonical(Response presented) {
        if (presented == null) {
            return null;
        }
        return new Response(presented.choices().stream().map(this::canonical).toList(), presented.text(),
                presented.order().stream().map(this::canonical).toList());
    }

    /** A stored (canonical) response in presented ids, for showing the saved answer again. */
    public Response toPresented(Response canonical) {
        if (canonical == null) {
            return null;
        }
        return new Response(canonical.choices().stream().map(this::presented).toList(), canonical.text(),
                canonical.order().stream().map(this::presented).toList());
    }

    private Integer canonical(Integer id) {
        return id == null || id == -1 ? id : canonicalOf(id);
    }

    private Integer presented(Integer canonical) {
        return canonical == null || canonical < 0 || canonical >= ids.size() ? canonical : idOf(canonical);
    }

    /**
     * One question as the taker sees it: options, right-hand items or items in display order, each under its
     * presented id; the saved response in presented ids. Left-hand items of a matching question keep their
     * canonical order (the response is indexed by them; the key lies in the right-hand ids, which are random).
     */
    public SlotView slot(int slot, ItemContent c, Response saved) {
        List<Choice> options = new ArrayList<>();
        List<String> lefts = new ArrayList<>();
        List<Choice> rights = new ArrayList<>();
        List<Choice> items = new ArrayList<>();
        List<Integer> o = order.isEmpty() ? ItemDraw.indexes(size(c)) : order;
        switch (c.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE ->
                o.forEach(i -> options.add(new Choice(idOf(i), c.options().get(i).text())));
            case MATCHING -> {
                c.pairs().stream().filter(p -> !p.distractor()).forEach(p -> lefts.add(p.left()));
                // a right item shared by several left items is presented once, under its first pair's id
                o.stream().filter(i -> firstWithRight(c, i) == i)
                        .forEach(i -> rights.add(new Choice(idOf(i), c.pairs().get(i).right())));
            }
            case ORDERING -> o.forEach(i -> items.add(new Choice(idOf(i), c.sequence().get(i))));
            default -> {
            }
        }
        Response r = toPresented(saved);
        SlotView.EssayPrompt essay = c.essay() == null ? null : new SlotView.EssayPrompt(c.essay().template(),
                c.essay().unit(), c.essay().minLength(), c.essay().maxLength());
        return new SlotView(slot, c.type(), c.stem(), options, lefts, rights, items, r, r != null && !r.isEmpty(),
                essay);
    }

    private static int firstWithRight(ItemContent c, int i) {
        String right = c.pairs().get(i).right();
        for (int j = 0; j < i; j++) {
            if (Objects.equals(c.pairs().get(j).right(), right)) {
                return j;
            }
        }
        return i;
    }

    private static boolean isPermutation(List<Integer> values) {
        boolean[] seen = new boolean[values.size()];
        for (Integer v : values) {
            if (v == null || v < 0 || v >= values.size() || seen[v]) {
                return false;
            }
            seen[v] = true;
        }
        return true;
    }
}
