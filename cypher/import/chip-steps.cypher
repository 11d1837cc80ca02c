// The steps into chips (HOSTS, ACQUIRED) dated before the release date a document gives the
// chip ($chips: {id, release}), retracted ones (and those of a retracted node) aside: an import
// that sets a chip's release says which stored steps then predate it. A step's date is its start, else its purchase date (the
// order the import's notices read them in). Only the early ones come back: few in practice.
UNWIND $chips AS chip
MATCH (c:Chip {id: chip.id})<-[r:HOSTS|ACQUIRED]-(holder)
WHERE NOT coalesce(r.retracted OR c.retracted OR holder.retracted, false) AND coalesce(r.startDate, r.date) < date(chip.release)
RETURN chip.id AS chipId, r.id AS id, toString(coalesce(r.startDate, r.date)) AS date
ORDER BY chipId, date, id
