package se.samverka.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.store.StoreException;

/**
 * The county inventory of local crime-prevention projects and their budgets. An OSGi service, available once the
 * user has signed in.
 */
public interface InventoryService {

    /** All projects that are not deleted, with their municipality and indicators. */
    List<LocalProject> projects();

    /** All projects that are not deleted, as their list shows them (read without loading the projects). */
    List<ProjectRow> rows();

    /** The project with this id, if it exists. */
    Optional<LocalProject> project(String id);

    /** The municipalities of the county, by name. */
    List<Organisation> municipalities();

    /** The people who can be a project's contact, by name. */
    List<Person> people();

    /** Each project's planned expenses over all its budgets, by project id (projects without a budget left out). */
    Map<String, BigDecimal> plannedExpenses();

    /** A new project, not yet saved: an idea. */
    LocalProject newProject();

    /** Saves a project and returns it as saved; see {@link se.samverka.store.LocalStore#save}. */
    LocalProject save(LocalProject project) throws StoreException;
}
