package dev.peregrine.examples.things;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A storage engine in memory, with a switch that makes it fail, to show the error paths. */
public final class InMemoryStorage implements StorageEngine {

    private final Map<String, List<Map<String, Object>>> thingsByUser = new ConcurrentHashMap<>();
    private volatile boolean down;

    /** Makes every call fail (true) or work again (false). */
    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public List<Map<String, Object>> getThings(String userId, String marker, int limit) {
        checkUp();
        List<Map<String, Object>> things = thingsByUser.getOrDefault(userId, List.of());
        int start = 0;
        if (!marker.isEmpty()) {
            for (int i = 0; i < things.size(); i++) {
                if (marker.equals(things.get(i).get("id"))) {
                    start = i + 1;
                }
            }
        }
        return new ArrayList<>(things.subList(Math.min(start, things.size()), Math.min(start + limit, things.size())));
    }

    @Override
    public Map<String, Object> addThing(String userId, Map<String, Object> thing) {
        checkUp();
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("id", UUID.randomUUID().toString());
        stored.putAll(thing);
        thingsByUser.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>()).add(stored);
        return stored;
    }

    private void checkUp() {
        if (down) {
            throw new StorageException("the storage engine is down");
        }
    }
}
